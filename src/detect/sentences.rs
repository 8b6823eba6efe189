//! Context in free text: "my password is X", "Passwort: X", "born on
//! 1990-01-02", "geboren am 02.01.1990", "SSN 123456789", "IMEI …",
//! "Steuer-ID …". The keyword pattern finds the cue; this module extracts
//! and checks the value that follows it.

use super::trivial::{is_secret_reference, is_trivial};

/// Which cue a keyword pattern found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A password follows.
    Password,
    /// `password ` and a blank: a `.netrc` password when a `login <name>`
    /// comes right before it.
    NetrcPassword,
    /// A birth date follows.
    Birth,
    /// A US SSN follows.
    Ssn,
    /// An IMEI follows.
    Imei,
    /// A German tax id follows.
    SteuerId,
    /// A passport or identity card number follows (`passaporto`,
    /// `carta d'identità`, `Personalausweis`, `ID card`).
    Passport,
    /// A driving licence number follows.
    DriverLicense,
    /// A UK NHS number follows.
    Nhs,
    /// An AWS secret access key follows.
    AwsSecret,
    /// A national identity number named by its scheme follows (`SIN`,
    /// `Aadhaar`, `BSN`, `PESEL`, …; see [`super::id_schemes`]).
    IdNumber,
    /// A card verification code follows (`cvv 737`).
    Cvv,
    /// A bank account number follows (`bank account number is
    /// 945456787654`, `checking account #00123456789`): 8 to 17 digits. A
    /// bare `account number` counts only after a routing number (see
    /// [`super::bank_context`]).
    BankAccount,
    /// A body or vital-sign reading follows (`weight 97.3 kg`, `BP 132/84`).
    Health,
    /// The user name of an sshd/PAM log line follows (`Failed password for
    /// invalid user admin from …`, `session opened for user jdoe(uid=…`).
    AuthLogUser,
    /// A sudo log line's user name comes before the cue (`jdoe : TTY=…`).
    SudoUser,
    /// A Windows Security event's account line (`Account Name:\t\tjdoe`).
    WindowsAccount,
    /// A home directory's account name follows (`/home/jdoe`,
    /// `C:\Users\jdoe`).
    HomePath,
    /// An account handle follows its network's name (`Insta @jo.k`,
    /// `Discord: annaw90`).
    SocialHandle,
    /// A person's name follows a self-introduction or a courtesy title
    /// (`my name is Maria Lopez`, `ich heiße Jonas Weber`, `Mrs Anna
    /// Bell`, `Frau Müller`).
    PersonName,
    /// A person's name is addressed by a greeting or thanks when a comma,
    /// an exclamation mark or the end of the line follows it (`Hi
    /// Rosalind, your appointment…`, `Dear Aleksandra,`, `Thanks Jo,`);
    /// words of address (`Hi Team,`, `Dear Customer,`) are no names.
    Greeting,
    /// A person's name follows a greeting and a self-introduction (`Hi,
    /// this is Priya Raman.`, `Hello, I'm Tom from billing`, `Hallo, hier
    /// ist Jonas`), as support tickets and call transcripts open; words of
    /// address and team names (`this is Support`) are no names.
    SelfIntro,
    /// The writer's name follows a letter's closing and a line break
    /// (`Kind regards,\nOlwen Pritchard`, `Mit freundlichen Grüßen<br>Jonas
    /// Weber`); see [`super::sign_offs`].
    SignOff,
    /// A postcode follows its name (`my postcode is SW1A 2AA`, `PLZ:
    /// 10115`); see [`super::postcodes`].
    Postcode,
    /// A transfer's other party follows a payment word and its direction
    /// (`Payment from Mikko Virtanen`, `ZELLE FROM MARISOL ECHEVARRIA`;
    /// see [`super::transfer_party`]).
    Transfer,
    /// A person follows an action that opens a task or a note (`Onboard
    /// Ethan Clarke`, `Interview with Grace Okafor`); see
    /// [`super::task_subjects`].
    TaskSubject,
    /// A person's name comes before a presence cue (`Priya Raman has left
    /// the chat.`); see [`super::presence_lines`].
    Presence,
    /// A person's name sits beside a document word in a file name or
    /// title (`CV_Anna_Schmidt.docx`, `Offer Letter - Sofia Marchetti`);
    /// see [`super::file_name_people`].
    FileName,
}

/// Keyword patterns (case-insensitive, ASCII boundaries) and their cue.
/// Each match ends where the value starts.
pub const CUES: [(&str, Cue); 29] = [
    (
        r#"(?i)(?-u:\b)(?:password|passwort|kennwort|passwd|passcode|pwd|pw)["']?(?:[ \t]*[:=]|[ \t]+(?:ist|is|lautet|was|war)(?-u:\b)(?:[ \t]*:)?)[ \t]*"#,
        Cue::Password,
    ),
    (r#"(?i)(?-u:\b)pass["']?[ \t]*[:=][ \t]*"#, Cue::Password),
    (r"(?i)(?-u:\b)password[ \t]+", Cue::NetrcPassword),
    (
        r"(?i)(?-u:\b)(?:born(?:[ \t]+on)?|date[ \t]+of[ \t]+birth|d\.?o\.?b\.?|birth[ \t_\-]?date|birthday|geboren(?:[ \t]+(?:am|op))?|geburtsdatum|geburtstag|geb\.|geboortedatum|n(?:é|e)e?[ \t]+le|date[ \t]+de[ \t]+naissance|fecha[ \t]+de[ \t]+nacimiento|nacid[oa][ \t]+el|nac(?:í|i)[ \t]+el|nat[oa][ \t]+il|data[ \t]+di[ \t]+nascita|data[ \t]+de[ \t]+nascimento|nascid[oa][ \t]+em)[ \t]*(?:(?:ist|is|war|was|lautet|(?:confirmed|verified|given|recorded|listed)[ \t]+as)(?-u:\b)|:|=|-)?[ \t]*(?:(?:der|am|the)[ \t]+)?",
        Cue::Birth,
    ),
    (
        r"(?i)(?-u:\b)(?:ssn|social[ \t]+security(?:[ \t]+(?:number|no\.?|#))?|sozialversicherungsnummer)[ \t]*(?:(?:number|no)(?-u:\b)\.?[ \t]*)?(?:(?:is|ist|lautet)(?-u:\b)|:|#|=)?[ \t]*",
        Cue::Ssn,
    ),
    (
        r"(?i)(?-u:\b)imei[ \t]*(?:(?:number|nummer)(?-u:\b)[ \t]*)?(?:(?:is|ist|lautet)(?-u:\b)|:|=|#|no\.?)?[ \t]*",
        Cue::Imei,
    ),
    (
        r"(?i)(?-u:\b)(?:steuer-?id(?:entifikationsnummer)?|steuerliche[ \t]+identifikationsnummer|identifikationsnummer|idnr\.?|tax[ \t_\-]?id)[ \t]*(?:(?:ist|is|lautet)(?-u:\b)|:|=)?[ \t]*",
        Cue::SteuerId,
    ),
    (
        r#"(?i)(?-u:\b)aws_?secret_?(?:access_?)?key["']?[ \t]*[:=][ \t]*["']?"#,
        Cue::AwsSecret,
    ),
    (
        r"(?i)(?-u:\b)(?:passport|reisepass(?:nummer)?|passeport|pasaporte|passaporto|passaporte|paspoort|(?:identity|id)[ \t]+card|carta[ \t]+d'identit(?:à|a)|carte[ \t]+d'identit(?:é|e)|personalausweis(?:nummer)?|documento[ \t]+de[ \t]+identidad)[ \t]*(?:(?:n°|(?:number|no|nr|n|num(?:é|e)ro|n(?:ú|u)mero)(?-u:\b)\.?|#)[ \t]*)?(?:(?:is|ist|lautet|es|est)(?-u:\b)|:|=)?[ \t]*",
        Cue::Passport,
    ),
    (
        r"(?i)(?-u:\b)(?:driver'?s?[ \t_\-]*licen[cs]e|driving[ \t]+licen[cs]e|f(?:ü|ue)hrerschein(?:nummer)?|patente[ \t]+di[ \t]+guida|permis[ \t]+de[ \t]+conduire|licencia[ \t]+de[ \t]+conducir|rijbewijs(?:nummer)?)[ \t]*(?:(?:n°|(?:number|no|nr|n|num(?:é|e)ro|n(?:ú|u)mero)(?-u:\b)\.?|#)[ \t]*)?(?:(?:is|ist|lautet)(?-u:\b)|:|=)?[ \t]*",
        Cue::DriverLicense,
    ),
    (
        r"(?i)(?-u:\b)nhs[ \t]*(?:-?(?:(?:number|nummer|no)(?-u:\b)\.?|#)[ \t]*)?(?:(?:is|ist|lautet)(?-u:\b)|:|=)?[ \t]*",
        Cue::Nhs,
    ),
    (
        r"(?i)(?:(?-u:\b)(?:t\.?c\.?[ \t]+)?kimlik[ \t]+numaras(?:ı|i)|(?-u:\b)(?:aadhaa?r|sin|social[ \t]+insurance(?:[ \t]+number)?|bsn|burgerservicenummer|sofi-?nummer|pesel|tfn|tax[ \t]+file[ \t]+number|mbi|medicare[ \t]+beneficiary(?:[ \t]+id(?:entifier)?)?|medicare(?:[ \t]+card)?|personnummer|personnr|hetu|henkil(?:ö|o)tunnus|f(?:ø|o)dselsnummer|rrn|resident[ \t]+registration(?:[ \t]+number)?|nir|insee|(?:num(?:é|e)ro[ \t]+de[ \t]+)?s(?:é|e)curit(?:é|e)[ \t]+sociale|ahv|avs|abn|australian[ \t]+business[ \t]+number|pan|permanent[ \t]+account[ \t]+number|itin|taxpayer[ \t]+identification[ \t]+number|acn|australian[ \t]+company[ \t]+number|(?:t\.?c\.?[ \t]+)?kimlik|tckn|thai[ \t]+(?:national[ \t]+)?id(?:entification)?(?:[ \t]+card)?|tnin|individual[ \t]+number|south[ \t]+african[ \t]+id(?:entity)?|rsa[ \t]+id|(?:chinese[ \t]+|china[ \t]+|prc[ \t]+)?resident[ \t]+id(?:entity)?(?:[ \t]+card)?|rijksregister(?:nummer)?|(?:num(?:é|e)ro[ \t]+(?:de[ \t]+)?)?registre[ \t]+national|num(?:é|e)ro[ \t]+national|insz|nif|(?:n(?:ú|u)mero[ \t]+de[ \t]+)?contribuinte|svnr|sv-nummer|rodn(?:é|e)[ \t]+(?:č|c)(?:í|i)slo|cnp|amka|ppsn?|ird|hkid|hong[ \t]+kong[ \t]+id(?:entity)?(?:[ \t]+card)?|rut|cuit|cuil|teudat[ \t]+zehut|israeli[ \t]+id|emirates[ \t]+id|cpr|rfc|nin|(?:aba[ \t]+)?routing(?:[ \t]+transit)?|c(?:é|e)dula(?:[ \t]+de[ \t]+(?:ciudadan(?:í|i)a|identidad))?)(?-u:\b)|주민(?:등록)?번호|เลขประจำตัวประชาชน|マイナンバー|個人番号|(?:居民)?身份证(?:号码?)?|身分證(?:字號)?|מספר[ \t]+זהות|αμκα)(?:-?nr\.?)?[ \t]*(?:(?:(?:card[ \t]+)?(?:number|no|nr|num)(?-u:\b)\.?|#)[ \t]*)?(?:(?:is|ist|lautet|es|est|er|on|ja)(?-u:\b)|:|=|：)?[ \t]*",
        Cue::IdNumber,
    ),
    (
        r"(?i)(?-u:\b)(?:(?:bank|checking|savings|chequing|deposit)[ \t]+(?:account|acct\.?)[ \t]*(?:(?:(?:number|no|nr|num)(?-u:\b)\.?|#)[ \t]*)?|(?:account|acct\.?)[ \t]*(?:(?:number|no|nr|num)(?-u:\b)\.?|#)[ \t]*)(?:(?:is|was)(?-u:\b)|:|=)?[ \t]*#?",
        Cue::BankAccount,
    ),
    (
        r"(?i)(?-u:\b)(?:cvv2?|cvc2?|csc|security[ \t]+code|card[ \t]+verification(?:[ \t]+(?:value|code))?)(?-u:\b)[ \t]*(?:(?:is|was)(?-u:\b)|:|=|#)?[ \t]*",
        Cue::Cvv,
    ),
    (
        r"(?i)(?-u:\b)(?:weight|weighs|weighed|gewicht|wiegt|poids|peso|bp|blood[ \t]+pressure|blutdruck|resting[ \t]+hr|heart[ \t]+rate|(?-i:HR)|pulse|puls|spo2|blood[ \t]+(?:sugar|glucose)|glucose|bmi|body[ \t]+fat|height|gr(?:ö|oe)(?:ß|ss)e|taille|altura)(?-u:\b)[ \t]*(?:(?:is|was|of|ist|war|von|at)(?-u:\b)[ \t]*)?(?:[:=][ \t]*)?",
        Cue::Health,
    ),
    (super::auth_log::AUTH_LOG_CUE, Cue::AuthLogUser),
    (super::auth_log::SUDO_CUE, Cue::SudoUser),
    (
        super::windows_accounts::ACCOUNT_NAME_CUE,
        Cue::WindowsAccount,
    ),
    (super::home_paths::HOME_PATH_CUE, Cue::HomePath),
    (super::social_handles::SOCIAL_HANDLE_CUE, Cue::SocialHandle),
    (super::postcodes::POSTCODE_CUE, Cue::Postcode),
    // Courtesy titles are matched with their case (`Frau`, not `frau`);
    // `Dr`, `St` and `Sr` are left out: they also abbreviate Drive,
    // Street and Senior (`Sr. Engineer`).
    (
        r"(?:(?-u:\b)(?i:my[ \t]+name[ \t]+is|my[ \t]+name's|mein[ \t]+name[ \t]+ist|ich[ \t]+hei(?:ß|ss)e|je[ \t]+m'appelle|mon[ \t]+nom[ \t]+est|me[ \t]+llamo|mi[ \t]+nombre[ \t]+es|mi[ \t]+chiamo|il[ \t]+mio[ \t]+nome[ \t]+(?:è|e)|me[ \t]+chamo|meu[ \t]+nome[ \t]+(?:é|e)|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|jag[ \t]+heter|nazywam[ \t]+si(?:ę|e)|monsieur|madame|se(?:ñ|n)ora?)[ \t]*:?|(?-u:\b)(?:Mr|Mrs|Ms|Mx|Herrn?|Frau|Mme|Mlle|Fam|Familie|Famille)(?:\.|(?-u:\b)))[ \t]+",
        Cue::PersonName,
    ),
    // Before the greetings: `Liebe Grüße,\nAnna` is a closing.
    (super::sign_offs::SIGN_OFF_CUE, Cue::SignOff),
    // A greeting, then a self-introduction; the name's check is
    // [`introduced_name`]. Before the bare greeting, which would
    // otherwise take `Hi, this is` (and `Hi this is`) first.
    (
        r"(?-u:\b)(?:Hi|Hello|Hey|Hallo|Hola|Bonjour|Bonsoir|Salut|Ciao|Salve|Buongiorno|Buonasera|Buenos[ \t]+d(?:í|i)as|Buenas[ \t]+(?:tardes|noches)|Goedemorgen|Goedemiddag|Goedenavond|Moin|Servus|Good[ \t]+(?:morning|afternoon|evening)|Guten[ \t]+(?:Morgen|Tag|Abend))[ \t]*[,!.]?[ \t]+(?i:this[ \t]+is|it's|it[ \t]+is|I'm|I[ \t]+am|ich[ \t]+bin|hier[ \t]+ist|hier[ \t]+spricht|soy|je[ \t]+suis|c'est|sono|qui[ \t]+(?:è|e)|ik[ \t]+ben|hier[ \t]+is)[ \t]+",
        Cue::SelfIntro,
    ),
    // Greetings are matched with their capital (`Hi`, not `hi` inside
    // prose), also with a comma (JSON Generator's `Hello, Bird Ramsey!
    // You have 7 unread messages.`); the name's check is [`greeted_name`].
    (
        r"(?-u:\b)(?:Hi|Hello|Hey|Dear|Hallo|Hej|Hola|Ciao|Bonjour|Buongiorno|Liebe|Lieber|Thanks|Thank[ \t]+you|Danke|Merci|Gracias|Grazie|Bedankt|Obrigad[oa]),?[ \t]+",
        Cue::Greeting,
    ),
    (super::transfer_party::TRANSFER_CUE, Cue::Transfer),
    (super::task_subjects::TASK_CUE, Cue::TaskSubject),
    (super::presence_lines::PRESENCE_CUE, Cue::Presence),
    (super::file_name_people::FILE_NAME_CUE, Cue::FileName),
];

/// Anchored value patterns, by cue, for cues whose value has a fixed shape
/// (indexes into [`VALUE_PATTERNS`]).
pub fn value_pattern(cue: Cue) -> Option<usize> {
    match cue {
        Cue::Password | Cue::NetrcPassword => None,
        Cue::Birth => Some(0),
        Cue::Ssn => Some(1),
        Cue::Imei => Some(2),
        Cue::SteuerId => Some(3),
        Cue::AwsSecret => Some(4),
        Cue::Passport | Cue::DriverLicense => Some(5),
        Cue::Nhs => Some(6),
        Cue::IdNumber => Some(7),
        Cue::Cvv => Some(8),
        Cue::BankAccount => Some(13),
        Cue::Postcode => Some(15),
        Cue::Health => Some(9),
        Cue::AuthLogUser | Cue::WindowsAccount => Some(10),
        Cue::SudoUser | Cue::Presence | Cue::FileName => None,
        Cue::HomePath => Some(14),
        Cue::SocialHandle => Some(11),
        Cue::PersonName | Cue::Greeting | Cue::SelfIntro | Cue::SignOff | Cue::TaskSubject => {
            Some(12)
        }
        Cue::Transfer => Some(16),
    }
}

/// Value shapes searched anchored right after a cue.
pub const VALUE_PATTERNS: [&str; 17] = [
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}|[0-9]{8}|[0-9]{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+)?[A-Za-zäéûÄ]{3,9}\.?,?[ \t]+[0-9]{4}|[A-Za-zäéûÄ]{3,9}\.?[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]+[0-9]{4})(?-u:\b)",
    r"[0-9]{3}[\- ]?[0-9]{2}[\- ]?[0-9]{4}(?-u:\b)",
    r"[0-9](?:[ \-]?[0-9]){14}(?-u:\b)",
    r"[0-9](?: ?[0-9]){10}(?-u:\b)",
    r"[A-Za-z0-9/+]{40}(?-u:\b)",
    r"[A-Z0-9](?:[A-Z0-9]|[ \-](?:[A-Z0-9])){4,17}(?-u:\b)",
    r"[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{4}(?-u:\b)",
    r"[0-9A-Z][0-9A-Z]*(?:[ .\-+/][0-9A-Z]+)*(?:\([0-9A]\)|(?-u:\b))",
    r"[0-9]{3,4}(?-u:\b)",
    r"(?i)[0-9]{1,3}(?:[.,][0-9]{1,2})?(?:[ \t]*/[ \t]*[0-9]{2,3})?(?:[ \t]*(?:kgs?|lbs?|pounds|bpm|mmhg|%|mg/dl|mmol/l|(?:cm|m)(?-u:\b)))?",
    super::auth_log::AUTH_LOG_USER,
    super::social_handles::SOCIAL_HANDLE,
    // One to three capitalised words, with a family-name particle between
    // them (`Anneke van Dijk`, `Juan de la Cruz`).
    // Latin letters only (Latin-1 and Extended-A), which is what the
    // cues' languages write.
    r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’\-]+(?:[ \t]+(?:(?:van|von|der|den|de|del|della|la|le|da|di|du|dos|ten|ter|bin|al|y)[ \t]+){0,2}[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’\-]+){0,2}",
    // A bank account number: digits only, as US and many domestic
    // account numbers are written.
    r"[0-9]{8,17}(?-u:\b)",
    super::home_paths::HOME_PATH_USER,
    super::postcodes::POSTCODE,
    super::transfer_party::TRANSFER_PARTY,
];

/// Whether `v`, read after the password cue `cue`, is a working directory:
/// `PWD=/home/jdoe` (a shell's or sudo's current directory) names a path,
/// not a password.
pub fn is_working_directory(cue: &str, v: &str) -> bool {
    let word = cue.trim_end_matches([' ', '\t', ':', '=', '"', '\'']);
    word.eq_ignore_ascii_case("pwd") && (v.starts_with('/') || v.starts_with("~/"))
}

/// Whether `v`, read after the health cue `cue`, is a plausible reading of
/// that measure: a weight needs its unit, a blood pressure its slash, a
/// pulse a pulse's range.
pub fn plausible_reading(cue: &str, v: &str) -> bool {
    let cue = cue.to_ascii_lowercase();
    let lower = v.to_ascii_lowercase();
    let number_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(lower.len());
    let Ok(n) = lower[..number_end].replace(',', ".").parse::<f64>() else {
        return false;
    };
    let unit = lower[number_end..].trim();
    let has_slash = unit.starts_with('/');
    if cue.contains("weigh")
        || cue.contains("gewicht")
        || cue.contains("wiegt")
        || cue.starts_with("poids")
        || cue.starts_with("peso")
    {
        matches!(unit, "kg" | "kgs" | "lb" | "lbs" | "pounds") && (2.0..=700.0).contains(&n)
    } else if cue.starts_with("height")
        || cue.starts_with("gr")
        || cue.starts_with("taille")
        || cue.starts_with("altura")
    {
        match unit {
            "cm" => (40.0..=250.0).contains(&n),
            "m" => (0.4..=2.5).contains(&n),
            _ => false,
        }
    } else if cue.starts_with("bp") || cue.contains("pressure") || cue.contains("blutdruck") {
        has_slash && (60.0..=260.0).contains(&n)
    } else if cue.contains("sugar") || cue.contains("glucose") {
        !has_slash && (1.0..=700.0).contains(&n)
    } else if cue.starts_with("spo2") {
        !has_slash && (50.0..=100.0).contains(&n)
    } else if cue.starts_with("bmi") {
        !has_slash && (10.0..=80.0).contains(&n)
    } else if cue.contains("fat") {
        !has_slash && (2.0..=70.0).contains(&n)
    } else {
        // Heart rate, pulse.
        !has_slash && (25.0..=250.0).contains(&n) && (unit.is_empty() || unit == "bpm")
    }
}

/// A document number after a passport or licence cue: 5 to 18 letters and
/// digits with at least two digits (so `is valid` or `expired` never is).
pub fn is_document_number(v: &str) -> bool {
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    let len = v.bytes().filter(u8::is_ascii_alphanumeric).count();
    digits >= 2 && (5..=18).contains(&len)
}

/// A UK NHS number: ten digits whose weighted sum (weights 10 down to 2)
/// plus the check digit is divisible by 11.
pub fn is_nhs_number(v: &str) -> bool {
    let d: Vec<u32> = v
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| u32::from(b - b'0'))
        .collect();
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9].iter().zip((2..=10).rev()).map(|(x, w)| x * w).sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == d[9]
}

#[cfg(test)]
mod document_tests {
    use super::*;

    #[test]
    fn working_directories() {
        assert!(is_working_directory("PWD=", "/home/jdoe"));
        assert!(is_working_directory("pwd: ", "~/src"));
        assert!(!is_working_directory("PWD=", "hunter2"));
        assert!(!is_working_directory("password=", "/x9!kQ"));
    }

    #[test]
    fn nhs_numbers() {
        assert!(is_nhs_number("943 476 5919"));
        assert!(is_nhs_number("9434765919"));
        assert!(!is_nhs_number("943 476 5918"));
        assert!(!is_nhs_number("123"));
    }

    #[test]
    fn document_numbers() {
        assert!(is_document_number("912803456"));
        assert!(is_document_number("D1234567"));
        assert!(is_document_number("C01X00T47"));
        assert!(!is_document_number("VALID"));
        assert!(!is_document_number("A1"));
    }
}

/// Words that follow "password is" without being a password.
const NOT_A_PASSWORD: [&str; 64] = [
    "required",
    "invalid",
    "incorrect",
    "wrong",
    "correct",
    "too",
    "not",
    "empty",
    "missing",
    "expired",
    "set",
    "changed",
    "reset",
    "the",
    "a",
    "an",
    "weak",
    "strong",
    "valid",
    "case",
    "ok",
    "okay",
    "falsch",
    "ungültig",
    "ungueltig",
    "erforderlich",
    "zu",
    "nicht",
    "abgelaufen",
    "leer",
    "korrekt",
    "richtig",
    "sicher",
    "needed",
    "mandatory",
    "optional",
    "being",
    "now",
    "still",
    "also",
    "same",
    "different",
    "your",
    "my",
    "mein",
    "dein",
    "ihr",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "stored",
    "hashed",
    "encrypted",
    "used",
    "updated",
    "field",
    "for",
    "and",
    "of",
    "in",
    "to",
    "sent",
];

/// Extracts a free-form value (a password) starting at `pos`: a quoted
/// string, or a run up to whitespace or a delimiter, with trailing
/// sentence punctuation removed. Returns the byte span.
pub fn free_value(text: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = text.get(pos..)?;
    let first = rest.bytes().next()?;
    let (s, e) = if first == b'"' || first == b'\'' {
        let inner = rest.get(1..)?;
        let close = inner.find(first as char)?;
        (pos + 1, pos + 1 + close)
    } else {
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                c.is_whitespace()
                    || (c == '&' && starts_param(rest, i + 1))
                    || matches!(c, ';' | ',' | '"' | '\'' | '<' | '>' | ')' | ']' | '}')
            })
            .map_or(rest.len(), |(i, _)| i);
        let v = rest.get(..end)?;
        let trimmed = v.trim_end_matches(['.', ':']);
        (pos, pos + trimmed.len())
    };
    if e <= s || e - s > 256 {
        return None;
    }
    Some((s, e))
}

/// Whether a query parameter (`name=`) starts at `pos`: then an `&` before
/// it separates parameters rather than being part of a password.
pub(crate) fn starts_param(text: &str, pos: usize) -> bool {
    let b = text.as_bytes().get(pos..).unwrap_or_default();
    let name = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'[' | b']'))
        .count();
    name > 0 && matches!(b[0], b'A'..=b'Z' | b'a'..=b'z' | b'_') && b.get(name) == Some(&b'=')
}

/// True when the capitalised words after a name cue are plausibly a
/// person's name: not another title (`Frau Dr. Weber` reads `Dr`), not a
/// placeholder (`Guest`), not a word of address (`Madame President`).
pub fn plausible_name(v: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "Dr",
        "Prof",
        "Doktor",
        "Professor",
        "President",
        "Präsident",
        "Kollegin",
        "Kollege",
        "Sir",
        "Madam",
        "Chairman",
        "Minister",
        "Mayor",
    ];
    let first = v.split([' ', '\t']).next().unwrap_or(v);
    !NOT_NAMES.contains(&first) && !is_trivial(v) && !super::shapes::is_placeholder_account(v)
}

/// Words a greeting addresses that name no one (`Hi Team,`, `Dear Valued
/// Customer,`, `Thanks Again!`), courtesy titles (their own cue reads the
/// name after them) and voice assistants (`Hey Siri,`).
const NOT_GREETED: &[&str] = &[
    "All",
    "Everyone",
    "Everybody",
    "Team",
    "There",
    "World",
    "Again",
    "Folks",
    "Guys",
    "Friend",
    "Friends",
    "Colleague",
    "Colleagues",
    "Member",
    "Members",
    "Valued",
    "Sir",
    "Sirs",
    "Madam",
    "Hiring",
    "Support",
    "Customer",
    "Customers",
    "Client",
    "Partner",
    "Partners",
    "Subscriber",
    "Reader",
    "Readers",
    "User",
    "Users",
    "Admin",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Dr",
    "Prof",
    "Herr",
    "Frau",
    "Siri",
    "Alexa",
    "Google",
    "Cortana",
    "Kunde",
    "Kundin",
    "Zusammen",
    "Alle",
    "You",
    "So",
    "For",
    // `Liebe Grüße,`: a closing, not a greeting.
    "Grüße",
    "Gruesse",
    "Grüsse",
];

/// True when the capitalised words `v` after a greeting are a name it
/// addresses: the greeting ends with them (a comma, `!`, a line break, an
/// HTML tag or the end of the text follows in `after`, so `Hi Rosalind,
/// your …` but not `Hello World Cup tickets`), and none of them is one of
/// [`NOT_GREETED`].
pub fn greeted_name(v: &str, after: &str) -> bool {
    // French sets a blank before `!` (`Merci Amélie !`).
    let french_bang = after
        .strip_prefix([' ', '\u{a0}', '\u{202f}'])
        .is_some_and(|a| a.starts_with('!'));
    let ends_greeting =
        after.is_empty() || after.starts_with([',', '!', '\n', '\r', '<']) || french_bang;
    ends_greeting && !v.split([' ', '\t']).any(|w| NOT_GREETED.contains(&w)) && plausible_name(v)
}

/// True when the capitalised words `v` after a greeting's
/// self-introduction name the writer: none of them is a word of address or
/// a team's name (`Hi, this is Support`), and they pass [`plausible_name`].
pub fn introduced_name(v: &str) -> bool {
    const TEAMS: &[&str] = &[
        "Service",
        "Sales",
        "Billing",
        "Helpdesk",
        "Desk",
        "Reception",
    ];
    !v.split([' ', '\t'])
        .any(|w| NOT_GREETED.contains(&w) || TEAMS.contains(&w))
        && plausible_name(v)
}

/// True when a value after a password cue is plausibly a password.
pub fn plausible_password(v: &str) -> bool {
    if v.chars().count() < 3 || is_trivial(v) || is_secret_reference(v) || is_code_call(v) {
        return false;
    }
    let l = v.to_lowercase();
    !NOT_A_PASSWORD.contains(&l.as_str())
}

/// Whether `before` (the text up to a `password ` cue) ends the way a
/// `.netrc` entry does: `machine <host> login <name>` and blanks
/// (`machine api.heroku.com login ops@x.io password …`).
pub fn netrc_login_before(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(_name), Some(login), Some(_host), Some(machine)) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    before.ends_with(char::is_whitespace)
        && login.eq_ignore_ascii_case("login")
        && machine.eq_ignore_ascii_case("machine")
}

/// Source code rather than a value: an identifier followed by a call or an
/// index (`make_password(data[`, `request.form[`, `getpass(`).
pub(crate) fn is_code_call(v: &str) -> bool {
    let ident_len = v
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(v.len());
    let ident = &v[..ident_len];
    ident.len() >= 4
        && ident.as_bytes()[0].is_ascii_alphabetic()
        && !ident.bytes().any(|b| b.is_ascii_uppercase())
        && matches!(v.as_bytes().get(ident_len), Some(b'(' | b'['))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_values() {
        let t = "password is hunter2.";
        assert_eq!(free_value(t, 12).map(|(s, e)| &t[s..e]), Some("hunter2"));
        let t = "pw: \"correct horse\" ok";
        assert_eq!(
            free_value(t, 4).map(|(s, e)| &t[s..e]),
            Some("correct horse")
        );
        let t = "password=s3cr3t&user=x";
        assert_eq!(free_value(t, 9).map(|(s, e)| &t[s..e]), Some("s3cr3t"));
        assert_eq!(free_value("pw: ", 4), None);
        assert_eq!(free_value("pw: \"open", 4), None);
    }

    #[test]
    fn netrc_logins() {
        assert!(netrc_login_before("machine h login ops@x.io "));
        assert!(netrc_login_before("machine h\n  login jdoe\n  "));
        assert!(!netrc_login_before("reset your "));
        assert!(!netrc_login_before("login "));
        assert!(!netrc_login_before("failed login for "));
        assert!(!netrc_login_before("machine h failed login for "));
    }

    #[test]
    fn readings() {
        assert!(plausible_reading("Weight", "97.3 kg"));
        assert!(!plausible_reading("weight", "500"));
        assert!(plausible_reading("BP", "132/84"));
        assert!(!plausible_reading("BP", "84"));
        assert!(plausible_reading("resting HR", "58"));
        assert!(!plausible_reading("HR", "2024"));
        assert!(plausible_reading("SpO2", "97%"));
        assert!(plausible_reading("Blutdruck", "140/90"));
        assert!(plausible_reading("Gewicht:", "82,5 kg"));
        assert!(!plausible_reading("pulse", "x"));
    }

    #[test]
    fn greeted_names() {
        assert!(greeted_name("Rosalind", ", your appointment"));
        assert!(greeted_name("Marcus", "! Your code"));
        assert!(greeted_name("Jo", ""));
        assert!(greeted_name("Freya", "</p>"));
        assert!(!greeted_name("Rosalind", " your appointment"));
        assert!(!greeted_name("Team", ","));
        assert!(!greeted_name("Valued Customer", ","));
        assert!(!greeted_name("Guest", ","));
    }

    #[test]
    fn plausible() {
        assert!(plausible_password("hunter2"));
        assert!(plausible_password("Sommer2024!"));
        assert!(!plausible_password("required"));
        assert!(!plausible_password("Falsch"));
        assert!(!plausible_password("***"));
        assert!(!plausible_password("${PASS}"));
        assert!(!plausible_password("ab"));
        assert!(!plausible_password("make_password(data["));
        assert!(!plausible_password("request.form["));
        assert!(plausible_password("Pa(ss)w0rd"));
    }
}
