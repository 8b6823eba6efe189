//! Dutch, Italian, Portuguese, Polish and Nordic words of the key lexicon
//! for the fields leaked most often (names, contact details, birth dates,
//! passwords), folded like every other table (`imię` -> `imie`, `förnamn`
//! -> `foernamn`).

use super::words::{f, m, Def, Table};
use crate::Category as C;

/// Entries in further European languages.
pub(crate) static MORE: Table = &[
    // ---- person_name
    (
        &[
            // nl
            "voornaam",
            "achternaam",
            "familienaam",
            "volledigenaam",
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
        ],
        Def::strong(C::Phone, "key:phone").sib(f::PERSON),
    ),
    // ---- postal_address
    (
        &[
            "straat",
            "straatnaam",
            "huisnummer",
            "indirizzo",
            "endereco",
            "logradouro",
            "ulica",
            "adres",
            "gatuadress",
            "gateadresse",
            "katuosoite",
            "postinumero",
            "postnummer",
        ],
        Def::strong(C::PostalAddress, "key:street")
            .sib(f::PERSON)
            .sib(f::GEO),
    ),
    // ---- date_of_birth
    (
        &[
            "geboortedatum",
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
];
