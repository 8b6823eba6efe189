//! Indonesian and Malay, Vietnamese (written without tones, as code
//! spells it), Czech and Slovak, Hungarian and Romanian words of the key
//! lexicon for the fields leaked most often, folded like every other
//! table (`příjmení` -> `prijmeni`, `jelszó` -> `jelszo`).
//!
//! Short words that mean something else in English keys are left out or
//! contextual: the Vietnamese `ten` (name) is a number, the Hungarian
//! `cim` (address) is also a title and `nem` (sex) also "no", the Czech
//! `psc` (postcode) an abbreviation of anything; a bare name (`nama`,
//! `jmeno`, `meno`, `nume`, `nev`) is decided by its object like `name`.
//! The Romanian `parola` (password) is left out too: in Italian keys it
//! is a word of a dictionary.

use super::words::{f, m, Def, Table};
use crate::Category as C;

/// Entries in further languages of large leaked user bases.
pub(crate) static WORLD: Table = &[
    // ---- person_name
    (
        &[
            // id, ms
            "namalengkap",
            "namadepan",
            "namabelakang",
            "namapenuh",
            // vi
            "hoten",
            "hovaten",
            // cs, sk
            "prijmeni",
            "celejmeno",
            "krestnijmeno",
            "priezvisko",
            "krstnemeno",
            // hu
            "vezeteknev",
            "keresztnev",
            "teljesnev",
            "csaladinev",
            // ro
            "prenume",
            "numecomplet",
            "numedefamilie",
        ],
        Def::strong(C::PersonName, "key:person_name").sib(f::PERSON),
    ),
    (
        &["nama", "jmeno", "meno", "nume", "nev"],
        Def::ctx(C::PersonName, "key:name").m(m::DEFER | m::WEAK),
    ),
    // ---- username
    (
        &[
            "namapengguna",
            "tendangnhap",
            "uzivatelskejmeno",
            "prihlasovacijmeno",
            "felhasznalonev",
            "numeutilizator",
        ],
        Def::strong(C::Username, "key:username").sib(f::PERSON),
    ),
    // ---- phone
    (
        &[
            "nomortelepon",
            "notelp",
            "notelepon",
            "nohp",
            "nomorhp",
            "nombortelefon",
            "telepon",
            "sodienthoai",
            "dienthoai",
            "sdt",
            "telefonnicislo",
            "telefonneciselo",
            "telefonszam",
            "mobilszam",
            "numardetelefon",
        ],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    // ---- email
    (
        &["emel", "alamatemail", "posel"],
        Def::strong(C::Email, "key:email").sib(f::PERSON),
    ),
    // ---- postal_address
    (
        &[
            "alamat",
            "alamatrumah",
            "kodepos",
            "poskod",
            "diachi",
            "adresa",
            "ulice",
            "lakcim",
            "iranyitoszam",
            "adresadomiciliu",
            "codpostal",
        ],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    (
        &[
            "tempatlahir",
            "noisinh",
            "quequan",
            "mistonarozeni",
            "miestonarodenia",
            "szuletesihely",
            "szueletesihely",
            "loculnasterii",
        ],
        Def::ctx(C::PostalAddress, "key:birthplace").sib(f::PERSON),
    ),
    // ---- date_of_birth
    (
        &[
            "tanggallahir",
            "tgllahir",
            "tarikhlahir",
            "ngaysinh",
            "datumnarozeni",
            "datumnarodenia",
            "szuletesidatum",
            "szuletesiido",
            // `ü` folds to `ue` as in German.
            "szueletesidatum",
            "szueletesiido",
            "datanasterii",
        ],
        Def::strong(C::DateOfBirth, "key:date_of_birth").sib(f::PERSON),
    ),
    // ---- demographic
    (
        &[
            "jeniskelamin",
            "jantina",
            "gioitinh",
            "pohlavi",
            "pohlavie",
            "sexul",
        ],
        Def::strong(C::Demographic, "key:gender").sib(f::PERSON),
    ),
    (
        &[
            "agama",
            "suku",
            "tongiao",
            "dantoc",
            "nabozenstvi",
            "vallas",
        ],
        Def::strong(C::Demographic, "key:demographic").sib(f::PERSON),
    ),
    (
        &["umur", "usia", "tuoi", "vek", "eletkor", "varsta"],
        Def::ctx(C::Demographic, "key:age")
            .sib(f::PERSON)
            .m(m::TRAILING_META),
    ),
    // ---- password
    (
        &["katasandi", "katalaluan", "matkhau", "heslo", "jelszo"],
        Def::strong(C::Password, "key:password").sib(f::SECRETS),
    ),
];
