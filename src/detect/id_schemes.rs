//! National identity numbers that are only recognisable after their name
//! ("SIN 046 454 286", "PESEL: 44051401359", "BSN 111222333"): the digits
//! alone are too common, so text needs the cue word, and the check digits
//! then decide. One validator per scheme, each with the check its issuer
//! publishes.

use super::luhn::luhn_valid;
use super::national_checks as checks;
use super::world_ids as world;

/// An identity-number scheme named by a cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdScheme {
    /// Canadian Social Insurance Number: 9 digits, Luhn.
    CaSin,
    /// Indian Aadhaar: 12 digits, first 2-9, Verhoeff check digit.
    InAadhaar,
    /// Dutch burgerservicenummer: 9 digits, "11-proef".
    NlBsn,
    /// Polish PESEL: 11 digits, weighted mod-10 check, birth month coded.
    PlPesel,
    /// Australian Tax File Number: 9 digits, weighted mod-11.
    AuTfn,
    /// Australian Medicare card: 10 or 11 digits, weighted mod-10 on 8.
    /// (After a bare "Medicare", a US Medicare Beneficiary Identifier is
    /// one too.)
    AuMedicare,
    /// US Medicare Beneficiary Identifier (`1EG4-TE5-MK73`): 11 letters and
    /// digits in a fixed layout (see [`super::medicare_ids::is_us_mbi`]).
    UsMbi,
    /// Swedish personnummer: (YY)YYMMDD-NNNC, Luhn over the last 10.
    SePersonnummer,
    /// Finnish henkilötunnus: DDMMYY, century sign, NNN, mod-31 character.
    FiHetu,
    /// Norwegian fødselsnummer: 11 digits, two mod-11 check digits.
    NoFodselsnummer,
    /// South Korean resident registration number: YYMMDD-NNNNNNN, mod-11.
    KrRrn,
    /// French NIR (sécurité sociale): 13 characters and a mod-97 key.
    FrNir,
    /// Swiss AHV/AVS number: 756 and 10 digits, EAN-13 check digit.
    ChAhv,
    /// Australian Business Number: 11 digits, weighted mod-89 after
    /// taking one from the first digit.
    AuAbn,
    /// Indian Permanent Account Number: `ABCPD1234E` (see [`is_in_pan`]).
    InPan,
    /// US Individual Taxpayer Identification Number: 9xx-[5-9]x-xxxx.
    UsItin,
    /// Chinese resident identity card: 17 digits with a birth date and
    /// an ISO 7064 MOD 11-2 check character.
    CnResidentId,
    /// Turkish T.C. Kimlik No: 11 digits, two check digits.
    TrTckn,
    /// South African ID number: 13 digits, birth date, Luhn.
    ZaId,
    /// Thai national id (TNIN): 13 digits, weighted mod-11.
    ThTnin,
    /// Japanese Individual Number (My Number): 12 digits, weighted mod-11.
    JpMyNumber,
    /// Australian Company Number: 9 digits. A company's register number,
    /// no person's: after its name the number is kept, and is no phone.
    AuAcn,
    /// Belgian national register number: 11 digits, birth date, mod 97.
    BeNationalNumber,
    /// Portuguese NIF (or, after `NIF`, a Spanish DNI with its letter).
    PtNif,
    /// Austrian social insurance number: 10 digits, weighted mod 11.
    AtSvnr,
    /// Czech or Slovak birth number: 10 digits divisible by 11.
    CzBirthNumber,
    /// Romanian CNP: 13 digits, birth date, weighted mod 11.
    RoCnp,
    /// Greek AMKA: birth date and Luhn over 11 digits.
    GrAmka,
    /// Irish PPSN: 7 digits and a mod-23 check letter.
    IePpsn,
    /// New Zealand IRD number: 8-9 digits, weighted mod 11.
    NzIrd,
    /// Hong Kong identity card: letters, 6 digits, mod-11 check.
    HkHkid,
    /// Taiwan national id: a letter, 9 digits, weighted mod 10.
    TwId,
    /// Chilean RUT/RUN: 7-8 digits, a dash and a mod-11 check character.
    ClRut,
    /// Argentinian CUIT/CUIL of a person: 11 digits, weighted mod 11.
    ArCuit,
    /// Israeli identity number: 9 digits, Luhn.
    IlId,
    /// Emirates ID: 784, birth year, serial, Luhn.
    AeEmiratesId,
    /// Danish CPR number: birth date `DDMMYY` and 4 digits.
    DkCpr,
    /// A person's Mexican RFC: 4 letters, birth date, homoclave, check.
    MxRfc,
    /// Nigerian NIN: 11 digits, no published check.
    NgNin,
    /// A US bank's ABA routing number (bank account details, `iban`).
    UsRouting,
    /// A Latin American cédula (Colombia, Venezuela, Costa Rica, …): 6 to
    /// 11 digits with dots or dashes; no check common to all issuers.
    Cedula,
}

impl IdScheme {
    /// Whether a number of this scheme identifies a person. A company
    /// register number (ACN) does not: named in text, it is claimed for
    /// nothing so that no other detector (phone) takes it.
    pub fn names_a_person(self) -> bool {
        self != IdScheme::AuAcn
    }

    /// The category of a number of this scheme: a routing number is bank
    /// account data, every other scheme a national id.
    pub fn category(self) -> crate::Category {
        if self == IdScheme::UsRouting {
            crate::Category::Iban
        } else {
            crate::Category::NationalId
        }
    }
}

/// The scheme a cue word names (the cue text as matched, any case).
///
/// ```
/// use leakscope::detect::shapes::{scheme_for_cue, IdScheme};
/// assert_eq!(scheme_for_cue("PESEL: "), Some(IdScheme::PlPesel));
/// assert_eq!(scheme_for_cue("Social Insurance Number "), Some(IdScheme::CaSin));
/// assert_eq!(scheme_for_cue("주민등록번호 "), Some(IdScheme::KrRrn));
/// assert_eq!(scheme_for_cue("N° de sécurité sociale "), Some(IdScheme::FrNir));
/// assert_eq!(scheme_for_cue("weather"), None);
/// ```
pub fn scheme_for_cue(cue: &str) -> Option<IdScheme> {
    let l = cue.to_ascii_lowercase();
    let word = |w: &str| {
        l.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| part == w)
    };
    let scheme = if let Some(scheme) = world_scheme_for_cue(&l, word) {
        scheme
    } else if l.contains("aadha") {
        IdScheme::InAadhaar
    } else if l.contains("insurance") || word("sin") {
        IdScheme::CaSin
    } else if l.contains("burgerservice") || l.contains("sofi") || word("bsn") {
        IdScheme::NlBsn
    } else if l.contains("pesel") {
        IdScheme::PlPesel
    } else if l.contains("tax file") || word("tfn") {
        IdScheme::AuTfn
    } else if word("mbi") || l.contains("medicare beneficiary") {
        IdScheme::UsMbi
    } else if l.contains("medicare") {
        IdScheme::AuMedicare
    } else if l.contains("personnummer") || l.contains("personnr") {
        IdScheme::SePersonnummer
    } else if l.contains("hetu") || l.contains("henkil") {
        IdScheme::FiHetu
    } else if l.contains("dselsnummer") {
        IdScheme::NoFodselsnummer
    } else if l.contains("resident registration") || word("rrn") || l.contains("주민") {
        IdScheme::KrRrn
    } else if l.contains("curit") || word("nir") || word("insee") {
        IdScheme::FrNir
    } else if word("ahv") || word("avs") {
        IdScheme::ChAhv
    } else if word("acn") || l.contains("company number") {
        IdScheme::AuAcn
    } else if l.contains("kimlik") || word("tckn") {
        IdScheme::TrTckn
    } else if l.contains("thai")
        || word("tnin")
        || l.contains("\u{e1b}\u{e23}\u{e30}\u{e0a}\u{e32}\u{e0a}\u{e19}")
    {
        IdScheme::ThTnin
    } else if l.contains("individual number")
        || l.contains("\u{30de}\u{30a4}\u{30ca}\u{30f3}\u{30d0}\u{30fc}")
        || l.contains("\u{500b}\u{4eba}\u{756a}\u{53f7}")
    {
        IdScheme::JpMyNumber
    } else if l.contains("south africa") || word("rsa") {
        IdScheme::ZaId
    } else if l.contains("resident id") || l.contains("\u{8eab}\u{4efd}\u{8bc1}") {
        IdScheme::CnResidentId
    } else if word("abn") || l.contains("business number") {
        IdScheme::AuAbn
    } else if word("pan") || l.contains("permanent account") {
        IdScheme::InPan
    } else if word("itin") || l.contains("taxpayer identification") {
        IdScheme::UsItin
    } else {
        return None;
    };
    Some(scheme)
}

/// The schemes of [`super::world_ids`] a cue word names (`l` lower case).
fn world_scheme_for_cue(l: &str, word: impl Fn(&str) -> bool) -> Option<IdScheme> {
    let scheme = if l.contains("rijksregister")
        || l.contains("registre national")
        || l.contains("num\u{e9}ro national")
        || word("insz")
    {
        IdScheme::BeNationalNumber
    } else if word("nif") || l.contains("contribuinte") {
        IdScheme::PtNif
    } else if word("svnr") || l.contains("sv-nummer") {
        IdScheme::AtSvnr
    } else if l.contains("rodn\u{e9} \u{10d}\u{ed}slo") || l.contains("rodne cislo") {
        IdScheme::CzBirthNumber
    } else if word("cnp") {
        IdScheme::RoCnp
    } else if word("amka") || l.contains("\u{3b1}\u{3bc}\u{3ba}\u{3b1}") {
        IdScheme::GrAmka
    } else if word("ppsn") || word("pps") {
        IdScheme::IePpsn
    } else if word("ird") {
        IdScheme::NzIrd
    } else if word("hkid") || l.contains("hong kong id") {
        IdScheme::HkHkid
    } else if l.contains("\u{8eab}\u{5206}\u{8b49}") || l.contains("taiwan") {
        IdScheme::TwId
    } else if word("rut") || word("run") {
        IdScheme::ClRut
    } else if word("cuit") || word("cuil") {
        IdScheme::ArCuit
    } else if l.contains("zehut")
        || l.contains("\u{5de}\u{5e1}\u{5e4}\u{5e8} \u{5d6}\u{5d4}\u{5d5}\u{5ea}")
        || l.contains("israeli id")
    {
        IdScheme::IlId
    } else if l.contains("emirates id") {
        IdScheme::AeEmiratesId
    } else if word("cpr") {
        IdScheme::DkCpr
    } else if word("rfc") {
        IdScheme::MxRfc
    } else if word("nin") {
        IdScheme::NgNin
    } else if l.contains("routing") {
        IdScheme::UsRouting
    } else if l.contains("dula") {
        IdScheme::Cedula
    } else {
        return None;
    };
    Some(scheme)
}

/// True when `v` is a valid number of `scheme`. Spaces, dashes and dots
/// between groups are allowed where the scheme writes them.
///
/// ```
/// use leakscope::detect::shapes::{is_valid_id, IdScheme};
/// assert!(is_valid_id(IdScheme::CaSin, "046 454 286"));
/// assert!(!is_valid_id(IdScheme::CaSin, "046 454 287"));
/// assert!(is_valid_id(IdScheme::NlBsn, "111222333"));
/// ```
pub fn is_valid_id(scheme: IdScheme, v: &str) -> bool {
    match scheme {
        IdScheme::CaSin => {
            digits(v, b" -").is_some_and(|d| d.len() == 9 && d.iter().any(|&x| x != 0) && luhn(&d))
        }
        IdScheme::InAadhaar => {
            digits(v, b" -").is_some_and(|d| d.len() == 12 && d[0] >= 2 && verhoeff(&d))
        }
        IdScheme::NlBsn => digits(v, b" .-").is_some_and(|d| d.len() == 9 && eleven_test(&d)),
        IdScheme::PlPesel => digits(v, b"").is_some_and(|d| d.len() == 11 && pesel(&d)),
        IdScheme::AuTfn => digits(v, b" -").is_some_and(|d| d.len() == 9 && tfn(&d)),
        IdScheme::AuMedicare => {
            digits(v, b" -").is_some_and(|d| matches!(d.len(), 10 | 11) && medicare(&d))
                || super::medicare_ids::is_us_mbi(v)
        }
        IdScheme::UsMbi => super::medicare_ids::is_us_mbi(v),
        IdScheme::SePersonnummer => personnummer(v),
        IdScheme::FiHetu => hetu(v),
        IdScheme::NoFodselsnummer => {
            digits(v, b" ").is_some_and(|d| d.len() == 11 && fodselsnummer(&d))
        }
        IdScheme::KrRrn => digits(v, b"-").is_some_and(|d| d.len() == 13 && kr_rrn(&d)),
        IdScheme::FrNir => fr_nir(v),
        IdScheme::ChAhv => {
            digits(v, b". ").is_some_and(|d| d.len() == 13 && d[..3] == [7, 5, 6] && ean13(&d))
        }
        IdScheme::AuAbn => digits(v, b" ").is_some_and(|d| d.len() == 11 && abn(&d)),
        IdScheme::InPan => is_in_pan(v),
        IdScheme::UsItin => digits(v, b" -").is_some() && super::national_ids::is_us_itin(v),
        IdScheme::CnResidentId => checks::is_cn_resident_id(v),
        IdScheme::TrTckn => digits(v, b"").is_some_and(|d| checks::is_tr_tckn(&d)),
        IdScheme::ZaId => digits(v, b" -").is_some_and(|d| checks::is_za_id(&d)),
        IdScheme::ThTnin => digits(v, b" -").is_some_and(|d| checks::is_th_tnin(&d)),
        IdScheme::JpMyNumber => digits(v, b" -").is_some_and(|d| checks::is_jp_my_number(&d)),
        IdScheme::AuAcn | IdScheme::NgNin | IdScheme::Cedula => has_scheme_layout(scheme, v),
        IdScheme::BeNationalNumber => {
            digits(v, b" .-").is_some_and(|d| world::is_be_national_number(&d))
        }
        IdScheme::PtNif => {
            digits(v, b" ").is_some_and(|d| world::is_pt_nif(&d))
                || super::national_ids::is_es_dni(v.trim())
        }
        IdScheme::AtSvnr => digits(v, b" ").is_some_and(|d| world::is_at_svnr(&d)),
        IdScheme::CzBirthNumber => digits(v, b"/").is_some_and(|d| world::is_cz_birth_number(&d)),
        IdScheme::RoCnp => digits(v, b"").is_some_and(|d| world::is_ro_cnp(&d)),
        IdScheme::GrAmka => digits(v, b"").is_some_and(|d| world::is_gr_amka(&d)),
        IdScheme::IePpsn => world::is_ie_ppsn(v),
        IdScheme::NzIrd => digits(v, b" -").is_some_and(|d| world::is_nz_ird(&d)),
        IdScheme::HkHkid => world::is_hk_hkid(v),
        IdScheme::TwId => world::is_tw_id(v),
        IdScheme::ClRut => world::is_cl_rut(v),
        IdScheme::ArCuit => digits(v, b"-").is_some_and(|d| world::is_ar_cuit(&d)),
        IdScheme::IlId => digits(v, b"").is_some_and(|d| world::is_il_id(&d)),
        IdScheme::AeEmiratesId => digits(v, b"-").is_some_and(|d| world::is_ae_emirates_id(&d)),
        IdScheme::DkCpr => digits(v, b"-").is_some_and(|d| world::is_dk_cpr(&d)),
        IdScheme::MxRfc => world::is_mx_rfc_person(v),
        IdScheme::UsRouting => {
            digits(v, b"").is_some_and(|d| d.len() == 9) && super::aba::is_aba_routing(v.trim())
        }
    }
}

/// True when `v` is laid out as a number of `scheme` (its length, digit
/// groups and letters) whatever its check digits say. After the scheme's
/// name, such a number with a failing check is a mistyped or made-up id
/// (`SIN 046 454 287`), not some other kind of number such as a phone.
///
/// ```
/// use leakscope::detect::shapes::{has_scheme_layout, IdScheme};
/// assert!(has_scheme_layout(IdScheme::CaSin, "046 454 287"));
/// assert!(!has_scheme_layout(IdScheme::CaSin, "046 454 28"));
/// assert!(has_scheme_layout(IdScheme::FiHetu, "131052-308U"));
/// ```
pub fn has_scheme_layout(scheme: IdScheme, v: &str) -> bool {
    let count = |seps: &[u8]| digits(v, seps).map_or(0, |d| d.len());
    match scheme {
        IdScheme::CaSin | IdScheme::AuTfn => count(b" -") == 9,
        IdScheme::NlBsn => count(b" .-") == 9,
        IdScheme::UsItin => count(b" -") == 9 && v.trim_start().starts_with('9'),
        IdScheme::InAadhaar => count(b" -") == 12,
        IdScheme::PlPesel => count(b"") == 11,
        IdScheme::NoFodselsnummer | IdScheme::AuAbn => count(b" ") == 11,
        IdScheme::AuMedicare => {
            matches!(count(b" -"), 10 | 11) || super::medicare_ids::has_us_mbi_layout(v)
        }
        IdScheme::UsMbi => super::medicare_ids::has_us_mbi_layout(v),
        IdScheme::SePersonnummer => matches!(count(b"-+"), 10 | 12),
        IdScheme::KrRrn => count(b"-") == 13,
        IdScheme::ChAhv => count(b". ") == 13 && v.trim_start().starts_with("756"),
        IdScheme::FrNir => count(b" ") == 15,
        IdScheme::FiHetu => {
            let b = v.trim().as_bytes();
            b.len() == 11
                && b[..6].iter().chain(&b[7..10]).all(u8::is_ascii_digit)
                && b[10].is_ascii_alphanumeric()
        }
        IdScheme::InPan => is_in_pan_layout(v),
        IdScheme::CnResidentId => {
            let b = v.trim().as_bytes();
            b.len() == 18
                && b[..17].iter().all(u8::is_ascii_digit)
                && (b[17].is_ascii_digit() || b[17].eq_ignore_ascii_case(&b'X'))
        }
        IdScheme::TrTckn => count(b"") == 11,
        IdScheme::ZaId | IdScheme::ThTnin => count(b" -") == 13,
        IdScheme::AuAcn => count(b" ") == 9,
        IdScheme::JpMyNumber => count(b" -") == 12,
        IdScheme::BeNationalNumber => count(b" .-") == 11,
        IdScheme::Cedula => (6..=11).contains(&count(b".-")),
        IdScheme::PtNif | IdScheme::UsRouting | IdScheme::IlId => count(b" ") == 9,
        IdScheme::AtSvnr | IdScheme::DkCpr => count(b" -") == 10,
        IdScheme::CzBirthNumber => count(b"/") == 10,
        IdScheme::RoCnp => count(b"") == 13,
        IdScheme::GrAmka | IdScheme::ArCuit | IdScheme::NgNin => count(b"-") == 11,
        IdScheme::NzIrd => matches!(count(b" -"), 8 | 9),
        IdScheme::AeEmiratesId => count(b"-") == 15 && v.trim_start().starts_with("784"),
        IdScheme::IePpsn => {
            let b = v.trim().as_bytes();
            (8..=9).contains(&b.len())
                && b[..7].iter().all(u8::is_ascii_digit)
                && b[7..].iter().all(u8::is_ascii_alphabetic)
        }
        IdScheme::HkHkid => {
            let b = v.trim().as_bytes();
            let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
            (1..=2).contains(&letters)
                && b.len() >= letters + 7
                && b[letters..letters + 6].iter().all(u8::is_ascii_digit)
        }
        IdScheme::TwId => {
            let b = v.trim().as_bytes();
            b.len() == 10 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
        }
        IdScheme::ClRut => {
            let body = v.trim().rsplit_once('-').map_or("", |(body, _)| body);
            (7..=8).contains(&grouped_digit_count(body, b"."))
        }
        IdScheme::MxRfc => {
            let b = v.trim().as_bytes();
            b.len() == 13
                && b[..4].iter().all(u8::is_ascii_uppercase)
                && b[4..10].iter().all(u8::is_ascii_digit)
        }
    }
}

/// Byte length of the longest prefix of `v` ending before a separator (or
/// at its end) that is a valid number of `scheme`: the value pattern after
/// a cue may run on into the next number of a sentence.
///
/// ```
/// use leakscope::detect::shapes::{longest_valid_prefix, IdScheme};
/// assert_eq!(longest_valid_prefix(IdScheme::NlBsn, "111222333 2024"), Some(9));
/// assert_eq!(longest_valid_prefix(IdScheme::NlBsn, "111222334"), None);
/// ```
pub fn longest_valid_prefix(scheme: IdScheme, v: &str) -> Option<usize> {
    longest_prefix_where(v, |candidate| is_valid_id(scheme, candidate))
}

/// Byte length of the longest prefix of `v` ending before a separator (or
/// at its end) laid out as a number of `scheme` (see [`has_scheme_layout`]).
///
/// ```
/// use leakscope::detect::shapes::{longest_layout_prefix, IdScheme};
/// assert_eq!(longest_layout_prefix(IdScheme::NlBsn, "111222334 2024"), Some(9));
/// assert_eq!(longest_layout_prefix(IdScheme::NlBsn, "1112"), None);
/// ```
pub fn longest_layout_prefix(scheme: IdScheme, v: &str) -> Option<usize> {
    longest_prefix_where(v, |candidate| has_scheme_layout(scheme, candidate))
}

/// Byte length of the longest prefix of `v`, at most 24 bytes and ending
/// before a group separator or at the end, for which `accept` holds.
fn longest_prefix_where(v: &str, accept: impl Fn(&str) -> bool) -> Option<usize> {
    const MAX_LEN: usize = 24;
    let mut end = v.len().min(MAX_LEN);
    while !v.is_char_boundary(end) {
        end -= 1;
    }
    loop {
        let candidate = &v[..end];
        let ends_group =
            end == v.len() || matches!(v.as_bytes()[end], b' ' | b'.' | b'-' | b'+' | b'/' | b'(');
        if ends_group && accept(candidate) {
            return Some(end);
        }
        end = candidate.rfind([' ', '.', '-', '+', '/', '('])?;
    }
}

/// An Indian Permanent Account Number (`ABCPD1234E`): five letters, the
/// fourth naming the holder type, four digits, a letter. Under a `pan`
/// key it is a tax id, not a card's primary account number.
///
/// ```
/// use leakscope::detect::shapes::is_in_pan;
/// assert!(is_in_pan("ABCPD1234E"));
/// assert!(!is_in_pan("ABCXD1234E"));
/// assert!(!is_in_pan("4111111111111111"));
/// ```
pub fn is_in_pan(v: &str) -> bool {
    is_in_pan_layout(v) && b"PCHFATBLJG".contains(&v.trim().as_bytes()[3])
}

/// The layout of an Indian PAN alone: five capital letters, four digits,
/// a capital letter, whatever the fourth letter (the holder type) says.
/// Enough where a key already names a PAN (`pan_number: "AAASA1111R"`),
/// since no card number has letters.
///
/// ```
/// use leakscope::detect::shapes::is_in_pan_layout;
/// assert!(is_in_pan_layout("AAASA1111R"));
/// assert!(!is_in_pan_layout("AAAS1111R"));
/// assert!(!is_in_pan_layout("4111111111111111"));
/// ```
pub fn is_in_pan_layout(v: &str) -> bool {
    let b = v.trim().as_bytes();
    b.len() == 10
        && b[..5].iter().all(u8::is_ascii_uppercase)
        && b[5..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
}

/// How many digits `v` has when it is digits with single `seps` bytes
/// between groups; 0 for anything else.
///
/// ```
/// use leakscope::detect::shapes::grouped_digit_count;
/// assert_eq!(grouped_digit_count("529.982.247-25", b".-"), 11);
/// assert_eq!(grouped_digit_count("529..982", b"."), 0);
/// ```
pub fn grouped_digit_count(v: &str, seps: &[u8]) -> usize {
    digits(v, seps).map_or(0, |d| d.len())
}

/// Digit values of `v`, allowing single `seps` bytes between digits.
fn digits(v: &str, seps: &[u8]) -> Option<Vec<u8>> {
    let b = v.trim().as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut prev_sep = true;
    for &c in b {
        if c.is_ascii_digit() {
            out.push(c - b'0');
            prev_sep = false;
        } else if seps.contains(&c) && !prev_sep {
            prev_sep = true;
        } else {
            return None;
        }
    }
    (!prev_sep).then_some(out)
}

fn luhn(d: &[u8]) -> bool {
    let ascii: Vec<u8> = d.iter().map(|x| x + b'0').collect();
    luhn_valid(&ascii)
}

fn weighted(d: &[u8], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(&x, w)| u32::from(x) * w).sum()
}

/// Verhoeff's dihedral-group check (Aadhaar). Row `i` of the position
/// table is the permutation (1 5 8 9 4 2 7 0)(3 6) applied `i` times.
fn verhoeff(d: &[u8]) -> bool {
    const MUL: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const PERM: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    for (i, &x) in d.iter().rev().enumerate() {
        c = MUL[usize::from(c)][usize::from(PERM[i % 8][usize::from(x)])];
    }
    c == 0
}

/// The Dutch "11-proef": weights 9..2 and -1 sum to a multiple of 11.
fn eleven_test(d: &[u8]) -> bool {
    let sum = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) as i64 - i64::from(d[8]);
    sum > 0 && sum % 11 == 0
}

fn pesel(d: &[u8]) -> bool {
    let sum = weighted(&d[..10], &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    let month = d[2] * 10 + d[3];
    // Months 1-12 plus 20, 40, 60 or 80 code the century.
    let month_ok = (1..=12).contains(&(month % 20));
    let day = d[4] * 10 + d[5];
    month_ok && (1..=31).contains(&day) && (10 - sum % 10) % 10 == u32::from(d[10])
}

fn abn(d: &[u8]) -> bool {
    let Some(first) = d[0].checked_sub(1) else {
        return false;
    };
    let mut adjusted = d.to_vec();
    adjusted[0] = first;
    weighted(&adjusted, &[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 == 0
}

fn tfn(d: &[u8]) -> bool {
    weighted(d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
}

fn medicare(d: &[u8]) -> bool {
    (2..=6).contains(&d[0]) && weighted(&d[..8], &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == u32::from(d[8])
}

fn valid_date(month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYMMDDNNNC` or with a four-digit year;
/// days 61-91 are coordination numbers.
fn personnummer(v: &str) -> bool {
    let v = v.trim();
    let compact: Vec<u8> = v
        .bytes()
        .filter(|&c| c != b'-' && c != b'+')
        .map(|c| c.wrapping_sub(b'0'))
        .collect();
    let seps = v.len() - compact.len();
    if seps > 1 || compact.iter().any(|&x| x > 9) {
        return false;
    }
    let d = match compact.len() {
        10 => &compact[..],
        12 => &compact[2..],
        _ => return false,
    };
    let day = d[4] * 10 + d[5];
    let day = if day > 60 { day - 60 } else { day };
    valid_date(d[2] * 10 + d[3], day) && luhn(d)
}

/// `DDMMYY` + century sign + `NNN` + check character (mod 31).
fn hetu(v: &str) -> bool {
    const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    let b = v.trim().as_bytes();
    if b.len() != 11 || !b"+-ABCDEFYXWVU".contains(&b[6]) {
        return false;
    }
    let digits = b[..6].iter().chain(&b[7..10]);
    let mut n: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return false;
        }
        n = n * 10 + u64::from(c - b'0');
    }
    let dd = (b[0] - b'0') * 10 + (b[1] - b'0');
    let mm = (b[2] - b'0') * 10 + (b[3] - b'0');
    valid_date(mm, dd) && CHECK.get((n % 31) as usize) == Some(&b[10].to_ascii_uppercase())
}

fn fodselsnummer(d: &[u8]) -> bool {
    let check = |sum: u32| match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    };
    let k1 = check(weighted(&d[..9], &[3, 7, 6, 1, 8, 9, 4, 5, 2]));
    let k2 = check(weighted(&d[..10], &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]));
    let day = d[0] * 10 + d[1];
    // D-numbers add 40 to the day.
    let day = if day > 40 { day - 40 } else { day };
    valid_date(d[2] * 10 + d[3], day) && k1 == Some(u32::from(d[9])) && k2 == Some(u32::from(d[10]))
}

fn kr_rrn(d: &[u8]) -> bool {
    let sum = weighted(&d[..12], &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
    valid_date(d[2] * 10 + d[3], d[4] * 10 + d[5])
        && (1..=8).contains(&d[6])
        && (11 - sum % 11) % 10 == u32::from(d[12])
}

/// `S YY MM DD CCC OOO KK`: sex 1/2 (7/8 provisional), Corsican
/// departments 2A/2B count as 19/18 for the key.
fn fr_nir(v: &str) -> bool {
    let compact: Vec<u8> = v.trim().bytes().filter(|&c| c != b' ').collect();
    if compact.len() != 15 || !matches!(compact[0], b'1' | b'2' | b'7' | b'8') {
        return false;
    }
    let (body, key) = compact.split_at(13);
    let mut n: u64 = 0;
    let mut corsica = 0u64;
    for (i, &c) in body.iter().enumerate() {
        let d = match c {
            b'0'..=b'9' => u64::from(c - b'0'),
            b'A' | b'B' if i == 6 => {
                corsica = if c == b'A' { 1_000_000 } else { 2_000_000 };
                0
            }
            _ => return false,
        };
        n = n * 10 + d;
    }
    let Some(key) = std::str::from_utf8(key)
        .ok()
        .and_then(|k| k.parse::<u64>().ok())
    else {
        return false;
    };
    let month = (body[3] - b'0') * 10 + body[4].wrapping_sub(b'0');
    let month_ok = (1..=12).contains(&month) || (20..=42).contains(&month) || month >= 50;
    month_ok && 97 - (n - corsica) % 97 == key
}

fn ean13(d: &[u8]) -> bool {
    let sum: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * if i % 2 == 1 { 3 } else { 1 })
        .sum();
    (10 - sum % 10) % 10 == u32::from(d[12])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Published examples (issuers' documentation and standard references)
    /// and one altered check digit each.
    /// The textbook examples of Verhoeff's check: 236 takes 3, 12345
    /// takes 1, 142857 takes 0.
    #[test]
    fn verhoeff_textbook_examples() {
        for (ok, bad) in [
            ("2363", "2364"),
            ("123451", "123452"),
            ("1428570", "1428571"),
        ] {
            let digits = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
            assert!(verhoeff(&digits(ok)), "{ok}");
            assert!(!verhoeff(&digits(bad)), "{bad}");
        }
    }

    const VECTORS: &[(IdScheme, &str, &str)] = &[
        (IdScheme::CaSin, "046 454 286", "046 454 287"),
        (IdScheme::CaSin, "046-454-286", "000-000-000"),
        (IdScheme::InAadhaar, "5485 5000 8800", "5485 5000 8801"),
        (IdScheme::InAadhaar, "234123412346", "234123412340"),
        (IdScheme::InAadhaar, "2341 2341 2346", "2341 2341 2345"),
        // Digits in the 5th and 6th places from the right take rows 4
        // and 5 of the permutation table.
        (IdScheme::InAadhaar, "4996 1234 5671", "4996 1234 5672"),
        (IdScheme::InAadhaar, "2345 6789 0124", "2345 6789 0125"),
        (IdScheme::InAadhaar, "987654321096", "987654321097"),
        (IdScheme::NlBsn, "111222333", "111222334"),
        (IdScheme::NlBsn, "123456782", "123456783"),
        (IdScheme::PlPesel, "44051401359", "44051401358"),
        (IdScheme::PlPesel, "02070803628", "02070803627"),
        (IdScheme::AuTfn, "123 456 782", "123 456 783"),
        (IdScheme::AuMedicare, "2123 45670 1", "2123 45671 1"),
        (IdScheme::SePersonnummer, "811228-9874", "811228-9875"),
        (IdScheme::SePersonnummer, "198112289874", "198113289874"),
        (IdScheme::FiHetu, "131052-308T", "131052-308U"),
        (IdScheme::FiHetu, "010594Y9032", "010594Y9033"),
        (IdScheme::NoFodselsnummer, "01010750160", "01010750161"),
        (IdScheme::NoFodselsnummer, "15076500565", "15076500566"),
        (IdScheme::KrRrn, "800101-1234560", "800101-1234567"),
        (
            IdScheme::FrNir,
            "2 55 08 14 168 025 38",
            "2 55 08 14 168 025 39",
        ),
        (IdScheme::FrNir, "255081416802538", "355081416802538"),
        (IdScheme::ChAhv, "756.9217.0769.85", "756.9217.0769.86"),
        (IdScheme::AuAbn, "51 824 753 556", "51 824 753 557"),
        (IdScheme::InPan, "ABBPM4567S", "ABBXM4567S"),
        (IdScheme::UsItin, "912-70-1234", "912-45-1234"),
        (
            IdScheme::CnResidentId,
            "11010519491231002X",
            "110105194912310021",
        ),
        (IdScheme::TrTckn, "10000000146", "10000000147"),
        (IdScheme::ZaId, "800101 5009 087", "800101 5009 088"),
        (IdScheme::ThTnin, "1-1037-00123-45-8", "1-1037-00123-45-7"),
        (IdScheme::JpMyNumber, "1234 5678 9018", "1234 5678 9019"),
        (
            IdScheme::BeNationalNumber,
            "85.07.30-033.28",
            "85.07.30-033.29",
        ),
        (IdScheme::PtNif, "123456789", "123456788"),
        (IdScheme::PtNif, "12345678Z", "12345678A"),
        (IdScheme::AtSvnr, "1237 010180", "1238 010180"),
        (IdScheme::CzBirthNumber, "855215/1234", "855215/1235"),
        (IdScheme::RoCnp, "1971215240010", "1971215240011"),
        (IdScheme::GrAmka, "15038512347", "15038512348"),
        (IdScheme::IePpsn, "1234567T", "1234567A"),
        (IdScheme::NzIrd, "49-091-850", "49-091-851"),
        (IdScheme::HkHkid, "A123456(3)", "A123456(4)"),
        (IdScheme::TwId, "A123456789", "A123456788"),
        (IdScheme::ClRut, "12.345.678-5", "12.345.678-6"),
        (IdScheme::ArCuit, "20-12345678-6", "20-12345678-7"),
        (IdScheme::IlId, "123456782", "123456783"),
        (IdScheme::UsMbi, "1EG4-TE5-MK73", "1EG4-TE5-MO73"),
        (IdScheme::AuMedicare, "1EG4TE5MK73", "1EG4TE5MO73"),
        (
            IdScheme::AeEmiratesId,
            "784-1985-1234567-3",
            "784-1985-1234567-4",
        ),
        (IdScheme::DkCpr, "010190-1234", "320190-1234"),
        (IdScheme::MxRfc, "GODE561231GR8", "GODE561231GR9"),
        (IdScheme::NgNin, "12345678901", "1234567890"),
        (IdScheme::UsRouting, "021000021", "021000022"),
        (IdScheme::Cedula, "1.020.304.050", "12345"),
    ];

    #[test]
    fn vectors() {
        for &(scheme, good, bad) in VECTORS {
            assert!(is_valid_id(scheme, good), "{scheme:?} {good}");
            assert!(!is_valid_id(scheme, bad), "{scheme:?} {bad}");
        }
    }

    #[test]
    fn prefixes_end_before_slash_and_bracket() {
        assert_eq!(
            longest_valid_prefix(IdScheme::PlPesel, "44051401359/2024"),
            Some(11)
        );
        assert_eq!(
            longest_valid_prefix(IdScheme::HkHkid, "A123456(3)"),
            Some(10)
        );
        assert_eq!(
            longest_valid_prefix(IdScheme::CzBirthNumber, "855215/1234"),
            Some(11)
        );
    }

    #[test]
    fn verhoeff_reference() {
        // The textbook example: 236 takes check digit 3.
        assert!(verhoeff(&[2, 3, 6, 3]));
        assert!(!verhoeff(&[2, 3, 6, 4]));
    }

    #[test]
    fn malformed_input_is_rejected() {
        for v in [
            "",
            " ",
            "-",
            "12--34",
            "abc",
            "046  454 286",
            "1234567890123456789",
        ] {
            for &(scheme, _, _) in VECTORS {
                assert!(!is_valid_id(scheme, v), "{scheme:?} {v:?}");
            }
        }
        assert!(!is_valid_id(IdScheme::FiHetu, "131052-30\u{e9}"));
    }

    #[test]
    fn cue_words() {
        assert_eq!(scheme_for_cue("my SIN is "), Some(IdScheme::CaSin));
        assert_eq!(scheme_for_cue("Aadhaar no. "), Some(IdScheme::InAadhaar));
        assert_eq!(scheme_for_cue("BSN: "), Some(IdScheme::NlBsn));
        assert_eq!(
            scheme_for_cue("burgerservicenummer "),
            Some(IdScheme::NlBsn)
        );
        assert_eq!(scheme_for_cue("TFN "), Some(IdScheme::AuTfn));
        assert_eq!(scheme_for_cue("tax file number: "), Some(IdScheme::AuTfn));
        assert_eq!(
            scheme_for_cue("Medicare number "),
            Some(IdScheme::AuMedicare)
        );
        assert_eq!(
            scheme_for_cue("personnummer "),
            Some(IdScheme::SePersonnummer)
        );
        assert_eq!(scheme_for_cue("henkilötunnus "), Some(IdScheme::FiHetu));
        assert_eq!(
            scheme_for_cue("fødselsnummer "),
            Some(IdScheme::NoFodselsnummer)
        );
        assert_eq!(scheme_for_cue("RRN "), Some(IdScheme::KrRrn));
        assert_eq!(
            scheme_for_cue("numéro de sécurité sociale "),
            Some(IdScheme::FrNir)
        );
        assert_eq!(scheme_for_cue("AHV-Nr. "), Some(IdScheme::ChAhv));
        assert_eq!(scheme_for_cue("TC Kimlik No: "), Some(IdScheme::TrTckn));
        assert_eq!(scheme_for_cue("Thai national ID "), Some(IdScheme::ThTnin));
        assert_eq!(
            scheme_for_cue("\u{e40}\u{e25}\u{e02}\u{e1b}\u{e23}\u{e30}\u{e08}\u{e33}\u{e15}\u{e31}\u{e27}\u{e1b}\u{e23}\u{e30}\u{e0a}\u{e32}\u{e0a}\u{e19} "),
            Some(IdScheme::ThTnin)
        );
        assert_eq!(scheme_for_cue("South African ID "), Some(IdScheme::ZaId));
        assert_eq!(
            scheme_for_cue("China resident ID "),
            Some(IdScheme::CnResidentId)
        );
        assert_eq!(
            scheme_for_cue("\u{8eab}\u{4efd}\u{8bc1}\u{53f7}\u{7801} "),
            Some(IdScheme::CnResidentId)
        );
        assert_eq!(
            scheme_for_cue("resident registration number "),
            Some(IdScheme::KrRrn)
        );
        assert_eq!(scheme_for_cue("ACN "), Some(IdScheme::AuAcn));
        assert_eq!(
            scheme_for_cue("\u{30de}\u{30a4}\u{30ca}\u{30f3}\u{30d0}\u{30fc} "),
            Some(IdScheme::JpMyNumber)
        );
        assert_eq!(
            scheme_for_cue("Individual Number: "),
            Some(IdScheme::JpMyNumber)
        );
        assert!(!IdScheme::AuAcn.names_a_person());
        for (cue, scheme) in [
            ("Rijksregisternummer ", IdScheme::BeNationalNumber),
            ("NIF: ", IdScheme::PtNif),
            ("SVNR ", IdScheme::AtSvnr),
            ("rodn\u{e9} \u{10d}\u{ed}slo: ", IdScheme::CzBirthNumber),
            ("CNP ", IdScheme::RoCnp),
            ("AMKA ", IdScheme::GrAmka),
            ("PPS number ", IdScheme::IePpsn),
            ("IRD number ", IdScheme::NzIrd),
            ("HKID card no. ", IdScheme::HkHkid),
            ("\u{8eab}\u{5206}\u{8b49}\u{5b57}\u{865f} ", IdScheme::TwId),
            ("RUT ", IdScheme::ClRut),
            ("CUIL ", IdScheme::ArCuit),
            ("teudat zehut ", IdScheme::IlId),
            ("Emirates ID ", IdScheme::AeEmiratesId),
            ("CPR-nr. ", IdScheme::DkCpr),
            ("RFC ", IdScheme::MxRfc),
            ("NIN ", IdScheme::NgNin),
            ("routing number ", IdScheme::UsRouting),
            ("MBI: ", IdScheme::UsMbi),
            ("Medicare Beneficiary Identifier ", IdScheme::UsMbi),
            ("Medicare card number ", IdScheme::AuMedicare),
            ("c\u{e9}dula de ciudadan\u{ed}a ", IdScheme::Cedula),
        ] {
            assert_eq!(scheme_for_cue(cue), Some(scheme), "{cue}");
        }
        assert_eq!(IdScheme::UsRouting.category(), crate::Category::Iban);
        assert_eq!(IdScheme::NzIrd.category(), crate::Category::NationalId);
        assert_eq!(scheme_for_cue("single"), None);
    }
}
