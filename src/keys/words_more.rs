//! Dutch, Italian, Portuguese, Polish, Nordic and East Asian words of the
//! key lexicon for the fields leaked most often (names, contact details,
//! birth dates, addresses, passwords), folded like every other table (`imię` -> `imie`,
//! `förnamn` -> `foernamn`, `endereço` -> `endereco`).
//!
//! Short or common words that mean something else in other keys are
//! contextual (decided by the object's other keys) or left out: `eta` is
//! an arrival time before it is an Italian age, `estado`/`uf`/`provincia`
//! are states and regions, not addresses, and `via`, `numero` and
//! `toevoeging` are address parts only inside an address object (see
//! `engine::nodes`). `cap` (Italian postcode) is read only as a whole key,
//! see [`super::words::WHOLE_KEY`].

use super::words::{f, m, q, Def, Table};
use crate::Category as C;

/// Entries in further European languages.
pub(crate) static MORE: Table = &[
    // ---- aggregates: a group's head count
    (&["aantal", "quantidade"], Def::meta_prefix().sib(f::AGG)),
    // ---- person_name
    (
        &[
            // nl
            "voornaam",
            "achternaam",
            "familienaam",
            "volledigenaam",
            "voornamen",
            "voorletters",
            "geslachtsnaam",
            "tussenvoegsel",
            "roepnaam",
            "meisjesnaam",
            // it
            "cognome",
            "nomecompleto",
            // pt
            "sobrenome",
            "apelido",
            // pl
            "imie",
            "nazwisko",
            "imieinazwisko",
            // sv, no, da, fi
            "fornamn",
            "foernamn",
            "efternamn",
            "fornavn",
            "etternavn",
            "efternavn",
            "etunimi",
            "sukunimi",
        ],
        Def::strong(C::PersonName, "key:person_name").sib(f::PERSON),
    ),
    // `voorvoegsel` is any prefix; on a person it is the `van der` of the
    // surname.
    (&["voorvoegsel"], Def::ctx(C::PersonName, "key:person_name")),
    // A bare "name", decided by its object like `name`.
    (
        &["naam", "nome", "navn", "namn", "nimi"],
        Def::ctx(C::PersonName, "key:name").m(m::DEFER | m::WEAK),
    ),
    // ---- phone
    (
        &[
            "telefoon",
            "telefoonnummer",
            "mobielnummer",
            "cellulare",
            "telemovel",
            "telefonkomorkowy",
            "numertelefonu",
            "puhelin",
            "puhelinnumero",
            "telefone",
            "telefones",
            "telefonefixo",
            "telefonecelular",
            "telefoneresidencial",
            "telefonofisso",
            "telefoonnr",
        ],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    (&["mobiel"], Def::ctx(C::Phone, "key:phone")),
    // ---- postal_address
    (
        &[
            "straat",
            "straatnaam",
            "woonadres",
            "indirizzo",
            "morada",
            "endereco",
            "logradouro",
            "ulica",
            "adres",
            "gatuadress",
            "gateadresse",
            "katuosoite",
            "postinumero",
            "postnummer",
            "kodpocztowy",
        ],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    (
        &["verblijfplaats", "residenza"],
        Def::ctx(C::PostalAddress, "key:address")
            .sib(f::GEO)
            .par(f::GEO)
            .m(m::DEFER),
    ),
    (
        &[
            "comune",
            "citta",
            "localita",
            "woonplaats",
            "plaats",
            "cep",
            "cidade",
            "bairro",
            // pl, sv, no, da: the town of a postal address
            "miasto",
            "miejscowosc",
            "postort",
            "poststed",
            "postdistrikt",
        ],
        Def::ctx(C::PostalAddress, "key:postcode").sib(f::GEO),
    ),
    // House numbers are short (`7`, `12a`): see `engine::classify`.
    (
        &[
            "huisnummer",
            "huisnr",
            "huisletter",
            "huisnummertoevoeging",
            "toevoeging",
            "civico",
            "numerocivico",
            // es (Mexico): the street and unit numbers of a domicile
            "numeroexterior",
            "numerointerior",
        ],
        Def::ctx(C::PostalAddress, "key:house_number").sib(f::GEO),
    ),
    (
        &["complemento"],
        Def::ctx(C::PostalAddress, "key:street").sib(f::GEO),
    ),
    // ---- date_of_birth
    (
        &[
            "geboortedatum",
            "geboortejaar",
            "datanascita",
            "datanasc",
            "dtnascimento",
            "datadinascita",
            "datadenascimento",
            "datanascimento",
            "dataurodzenia",
            "foedelsedatum",
            "fodelsedatum",
            "foedselsdato",
            "fodselsdato",
            "syntymaaika",
            "syntymaepaeivae",
        ],
        Def::strong(C::DateOfBirth, "key:date_of_birth").sib(f::PERSON),
    ),
    (
        &["nascita", "nascimento", "geboorte"],
        Def::ctx(C::DateOfBirth, "key:birth"),
    ),
    (
        &[
            "luogonascita",
            "luogodinascita",
            "geboorteplaats",
            "localdenascimento",
            "localnascimento",
            "naturalidade",
        ],
        Def::ctx(C::PostalAddress, "key:birthplace").sib(f::PERSON),
    ),
    // ---- demographic
    (
        &["sesso", "geslacht", "aanhef", "plec", "kjonn", "koen"],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    (
        &["statocivile", "burgerlijkestaat"],
        Def::strong(C::Demographic, "key:demographic").sib(f::PERSON),
    ),
    (
        &["idade", "leeftijd"],
        Def::ctx(C::Demographic, "key:age")
            .sib(f::PERSON)
            .m(m::TRAILING_META),
    ),
    (
        &["nacionalidade", "nazionalita", "nationaliteit"],
        Def::ctx(C::Demographic, "key:nationality").sib(f::PERSON),
    ),
    // ---- national_id
    (
        &[
            "cartaidentita",
            "cartadidentita",
            "identiteitskaart",
            // pl: the identity card (`dowód osobisty`) and its number
            "dowodosobisty",
            "numerdowodu",
            "nrdowodu",
            "numerdowoduosobistego",
            "seriainumerdowodu",
        ],
        Def::strong(C::NationalId, "key:national_id").sib(f::PERSON),
    ),
    // Keys naming one identity scheme with a check (see
    // `detect::world_ids`): a value laid out as its number whose check
    // fails is no id (`engine::classify::scheme_key_rejects`).
    (
        &[
            "rijksregisternummer",
            "rijksregisternr",
            "insz",
            "insznummer",
            "numeronational",
            "numeroregistrenational",
            "registrenational",
        ],
        Def::strong(C::NationalId, super::words::scheme_keys::BE_NATIONAL_NUMBER).sib(f::PERSON),
    ),
    (
        &["rodnecislo", "rodnecisla"],
        Def::strong(C::NationalId, super::words::scheme_keys::CZ_BIRTH_NUMBER).sib(f::PERSON),
    ),
    (
        &["cnp", "codnumericpersonal"],
        Def::strong(C::NationalId, super::words::scheme_keys::RO_CNP).sib(f::PERSON),
    ),
    (
        &["amka"],
        Def::strong(C::NationalId, super::words::scheme_keys::GR_AMKA).sib(f::PERSON),
    ),
    (
        &["ird", "irdnumber", "irdno", "irdnum"],
        Def::strong(C::NationalId, super::words::scheme_keys::NZ_IRD).sib(f::PERSON),
    ),
    (
        &["teudatzehut", "misparzehut", "israeliid", "israelid"],
        Def::strong(C::NationalId, super::words::scheme_keys::IL_ID).sib(f::PERSON),
    ),
    (
        &["taiwanid", "twid", "taiwannationalid", "rocid"],
        Def::strong(C::NationalId, super::words::scheme_keys::TW_ID).sib(f::PERSON),
    ),
    // gr: the tax number (AFM); pt/be: the social security number (NISS);
    // ng: the National Identification Number (NIN).
    (
        &["afm", "niss", "nin", "ninnumber", "ninno"],
        Def::strong(C::NationalId, "key:national_id")
            .sib(f::PERSON)
            .m(m::EXACT),
    ),
    // The Brazilian RG: `rg` is also an Azure resource group, so only a
    // number-shaped value is taken (see `engine::classify`).
    (
        &["rg"],
        Def::ctx(C::NationalId, "key:rg").sib(f::PERSON).m(m::EXACT),
    ),
    // Company tax and registry numbers name no person.
    (
        &[
            "partitaiva",
            "piva",
            "kvknummer",
            "cnpj",
            "vatid",
            "vatnumber",
            "vatno",
            "vatregistrationnumber",
            "ustidnr",
            "ustid",
            "umsatzsteuerid",
            "umsatzsteueridentifikationsnummer",
            "numerotva",
            "tvaintracommunautaire",
        ],
        Def::kill(),
    ),
    // A company's register entries: the object is an organisation, so its
    // street, postcode and phone are the business's, not a person's
    // (unless a person's birth date sits there too, see
    // `ContextFlags::REGISTRY`).
    (
        &[
            "handelsregister",
            "handelsregisternummer",
            "registergericht",
            "siren",
            "siret",
            "companynumber",
            "companyregistrationnumber",
            "dunsnumber",
            "rechtsform",
            "legalform",
            "incorporationdate",
            "dateofincorporation",
            "companystatus",
            "companytype",
        ],
        Def::plain().q(q::THING).sib(f::REGISTRY),
    ),
    // An employer's tax number (US FEIN) and a listed property's market
    // data (MLS): the object is a business or a listing, so its street,
    // postcode and coordinates are no one's home (held address hits wait
    // for these keys until the object closes).
    (
        &[
            "fein",
            "federalein",
            "employerein",
            "employeridentificationnumber",
            "mlsid",
            "mlsnumber",
            "mlsno",
            "mlslistingid",
            "listprice",
            "listingprice",
            "daysonmarket",
        ],
        Def::plain().q(q::THING).sib(f::THING.or(f::PLACE)),
    ),
    // ---- health_metric
    (
        &["altezza", "lengte"],
        Def::ctx(C::HealthMetric, "key:height").m(m::TRAILING_META | m::EXACT),
    ),
    // ---- password
    (
        &[
            "haslo",
            "losenord",
            "loesenord",
            "passord",
            "adgangskode",
            "salasana",
        ],
        Def::strong(C::Password, "key:password").sib(f::SECRETS),
    ),
    // ---- email
    (
        &[
            "emailadres",
            "sahkoposti",
            "saehkoeposti",
            "epost",
            "eposta",
        ],
        Def::strong(C::Email, "key:email").sib(f::PERSON),
    ),
    // ---- Japanese, Chinese and Korean field labels, matched as whole
    // words (non-ASCII words are never cut into compounds). A bare "name"
    // (`名前`, `이름`) is decided by its object like `name`.
    (
        &[
            "氏名",
            "お名前",
            "フリガナ",
            "ふりがな",
            "氏名カナ",
            "姓名",
            "성명",
        ],
        Def::strong(C::PersonName, "key:person_name").sib(f::PERSON),
    ),
    (
        &["名前", "이름"],
        Def::ctx(C::PersonName, "key:name").m(m::DEFER | m::WEAK),
    ),
    (
        &[
            "電話番号",
            "携帯電話",
            "携帯番号",
            "携帯電話番号",
            "电话",
            "电话号码",
            "手机",
            "手机号",
            "手机号码",
            "전화번호",
            "휴대폰",
            "휴대폰번호",
        ],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    (
        &[
            "住所",
            "郵便番号",
            "地址",
            "邮编",
            "邮政编码",
            "주소",
            "우편번호",
        ],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    (
        &["生年月日", "誕生日", "出生日期", "生日", "생년월일"],
        Def::strong(C::DateOfBirth, "key:date_of_birth").sib(f::PERSON),
    ),
    (
        &["メールアドレス", "電子メール", "邮箱", "电子邮件", "이메일"],
        Def::strong(C::Email, "key:email").sib(f::PERSON),
    ),
    (
        &["性別", "性别", "성별"],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    (
        &[
            "身份证号",
            "身份证号码",
            "身份证",
            "マイナンバー",
            "주민등록번호",
        ],
        Def::strong(C::NationalId, "key:national_id").sib(f::PERSON),
    ),
    // ---- Turkish (folded: `soyadı` -> `soyadi`, `şifre` -> `sifre`) and
    // Russian, in Cyrillic and transliterated. The bare Turkish `ad`
    // (name) is left out: in English keys it is an advertisement.
    (
        &[
            "soyad",
            "soyadi",
            "soyisim",
            "adsoyad",
            "adsoyadi",
            "adisoyadi",
            "familiya",
            "otchestvo",
            "фамилия",
            "отчество",
            "фио",
        ],
        Def::strong(C::PersonName, "key:person_name").sib(f::PERSON),
    ),
    (
        &["isim", "imya", "имя"],
        Def::ctx(C::PersonName, "key:name").m(m::DEFER | m::WEAK),
    ),
    (
        &["dogumtarihi", "datarozhdeniya", "датарождения"],
        Def::strong(C::DateOfBirth, "key:date_of_birth").sib(f::PERSON),
    ),
    (
        &["cinsiyet"],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    (
        &["sifre", "parol", "пароль"],
        Def::strong(C::Password, "key:password").sib(f::SECRETS),
    ),
    (
        &["kullaniciadi", "логин"],
        Def::strong(C::Username, "key:username").sib(f::PERSON),
    ),
    (
        &["телефон", "мобильный"],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    (
        &["адрес"],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    (
        &["почта", "электроннаяпочта", "емейл"],
        Def::strong(C::Email, "key:email").sib(f::PERSON),
    ),
    (
        &["паспорт", "снилс", "инн"],
        Def::strong(C::NationalId, "key:national_id").sib(f::PERSON),
    ),
    // ---- Greek, folded (`επώνυμο` -> `επωνυμο`, `ς` -> `σ`) and
    // transliterated. `κωδικός` alone is any code; with `πρόσβασης` it is
    // a password.
    (
        &[
            "επωνυμο",
            "ονοματεπωνυμο",
            "eponymo",
            "eponimo",
            "onomateponymo",
        ],
        Def::strong(C::PersonName, "key:person_name").sib(f::PERSON),
    ),
    (
        &["ονομα", "onoma"],
        Def::ctx(C::PersonName, "key:name").m(m::DEFER | m::WEAK),
    ),
    (
        &["ημερομηνιαγεννησησ"],
        Def::strong(C::DateOfBirth, "key:date_of_birth").sib(f::PERSON),
    ),
    (
        &["τηλεφωνο", "κινητο"],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    (
        &["διευθυνση", "ταχυδρομικοσκωδικασ"],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    (
        &["φυλο"],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    (
        &["κωδικοσπροσβασησ", "συνθηματικο"],
        Def::strong(C::Password, "key:password").sib(f::SECRETS),
    ),
];
