//! The writer's name under a letter's closing: `Kind regards,<br>Olwen
//! Pritchard`, `Mit freundlichen Grüßen\nKonstantin Albrecht`, `Saludos,
//! Lucía Fernández`, `Cheers,\nAyesha from Support`. A sentence cue finds
//! the closing and the line break (or, in text flattened to one line, the
//! comma) after it; this module checks the capitalised words that follow.

/// Cue of a closing phrase (English, German, French, Spanish, Italian,
/// Dutch), written with its capital as a closing line starts, then a line
/// break (`\n`, `<br>`, a new paragraph) or a comma and a blank. The match
/// ends where the name starts.
pub const SIGN_OFF_CUE: &str = r"(?-u:\b)(?:(?:Best|Kind|Warm|Warmest|Many|With[ \t]+(?:best|kind|warm))[ \t]+(?:[Rr]egards|[Ww]ishes|[Tt]hanks)|Regards|Best|Cheers|Thanks|Thank[ \t]+you|Sincerely|Yours[ \t]+(?:sincerely|truly|faithfully)|(?:Mit[ \t]+)?(?:[Ff]reundlichen|[Ff]reundliche|[Vv]iele|[Bb]este|[Ll]iebe|[Hh]erzliche|[Ss]ch(?:ö|oe)ne)[ \t]+Gr(?:ü|ue|u)(?:ß|ss)(?:e|en)|MfG|LG|VG|Gru(?:ß|ss)|Cordialement|Bien[ \t]+(?:cordialement|(?:à|a)[ \t]+vous)|Salutations|Saludos(?:[ \t]+cordiales)?|Un[ \t]+(?:saludo|abrazo)|Atentamente|Cordiali[ \t]+saluti|Distinti[ \t]+saluti|Saluti|Un[ \t]+saluto|Met[ \t]+vriendelijke[ \t]+groet(?:en)?|Vriendelijke[ \t]+groet(?:en)?|Groetjes|Groeten)[ \t]*(?:[,.!]?(?:[ \t]*(?:\r?\n|<br[ \t]*/?>|</p>[ \t]*<p[^<>]{0,40}>|</div>[ \t]*<div[^<>]{0,40}>))+|,[ \t]+)[ \t]*";

/// First words that start a closing's next line without naming anyone:
/// a signing team (`The Acme Team`, `Ihr Kundenservice`), a mail client's
/// footer (`Sent from my iPhone`, `Von meinem iPhone gesendet`).
const NOT_SIGNERS: &[&str] = &[
    "The",
    "Your",
    "Yours",
    "Our",
    "Ihr",
    "Ihre",
    "Euer",
    "Eure",
    "Das",
    "Die",
    "Der",
    "Dein",
    "Deine",
    "Le",
    "La",
    "Les",
    "Votre",
    "Vos",
    "El",
    "Los",
    "Las",
    "Su",
    "Il",
    "Lo",
    "Gli",
    "Het",
    "De",
    "Uw",
    "Sent",
    "Gesendet",
    "Von",
    "Envoyé",
    "Enviado",
    "Inviato",
    "Verzonden",
    "Verstuurd",
    "Get",
    "Download",
    "Please",
    "Bitte",
    "Note",
    "Hinweis",
    "Disclaimer",
    "Confidential",
    "Kundenservice",
    "Kundendienst",
    "Kundensupport",
    "Service",
    "Support",
    "Team",
    "Management",
];

/// Words of a team that follow a signature's name on one line
/// (`Olwen Support`), or sign for the team alone (`Acme Support`).
const TEAM_WORDS: &[&str] = &[
    "Customer",
    "Customers",
    "Care",
    "Support",
    "Service",
    "Services",
    "Team",
    "Sales",
    "Billing",
    "Helpdesk",
    "Desk",
    "Kundenservice",
    "Kundendienst",
    "Servicio",
    "Atención",
    "Servizio",
    "Klantenservice",
];

/// Words of a job title that follow the name on a signature flattened to
/// one line (`Olwen Pritchard Accounts Receivable`): the name ends before
/// them.
const TITLE_WORDS: &[&str] = &[
    "Account",
    "Accounts",
    "Manager",
    "Director",
    "Head",
    "Senior",
    "Junior",
    "Lead",
    "Officer",
    "Assistant",
    "Agent",
    "Specialist",
    "Engineer",
    "Representative",
    "Consultant",
    "Advisor",
    "Founder",
    "Partner",
    "Owner",
    "CEO",
    "CTO",
    "CFO",
    "COO",
    "Geschäftsführer",
    "Geschäftsführerin",
    "Leiter",
    "Leiterin",
    "Kundenberater",
    "Kundenberaterin",
    "Sachbearbeiter",
    "Sachbearbeiterin",
    "Responsable",
];

/// The length of the writer's name at the start of the capitalised words
/// `v` after a closing, or `None` when they name no one. The signature line
/// must end with the name (the text ends, a line break, an HTML tag or a
/// comma follows in `after`, or a team after `from`: `Ayesha from
/// Support`), unless a job title's or a team's word follows it on the same
/// line (`Olwen Pritchard Accounts Receivable`), which is then left out;
/// one word before a team's (`Acme Support`) is the team's name. The first
/// word must be no signing team's or mail footer's, the last no group's,
/// and the words must pass [`super::sentences::introduced_name`].
///
/// ```
/// use leakscope::detect::shapes::signed_name_len;
/// assert_eq!(signed_name_len("Olwen Pritchard", "<br>Accounts"), Some(15));
/// assert_eq!(signed_name_len("Ayesha", " from Support</p>"), Some(6));
/// assert_eq!(signed_name_len("Tom Baker Customer", " Care"), Some(9));
/// assert_eq!(signed_name_len("Acme Support", ""), None);
/// assert_eq!(signed_name_len("Imogen", ""), Some(6));
/// assert_eq!(signed_name_len("Apple Pay", " works now"), None);
/// assert_eq!(signed_name_len("Sent", " from my iPhone"), None);
/// assert_eq!(signed_name_len("The Acme Team", ""), None);
/// ```
pub fn signed_name_len(v: &str, after: &str) -> Option<usize> {
    let role = v.match_indices([' ', '\t']).find_map(|(i, _)| {
        let next = v[i..].trim_start_matches([' ', '\t']);
        let word = next.split([' ', '\t']).next().unwrap_or(next);
        let team = TEAM_WORDS.contains(&word);
        (team || TITLE_WORDS.contains(&word)).then_some((i, team))
    });
    let name = role.map_or(v, |(i, _)| &v[..i]);
    let one_word = !name.contains([' ', '\t']);
    if role.is_some_and(|(_, team)| team && one_word) {
        return None;
    }
    let role_at = role.map(|(i, _)| i);
    let line_ends = role_at.is_some()
        || after.is_empty()
        || after.starts_with([',', '\n', '\r', '<'])
        || ["from ", "von ", "de ", "da ", "van "].iter().any(|w| {
            after
                .strip_prefix([' ', '\t'])
                .is_some_and(|a| a.starts_with(w))
        });
    let first = name.split([' ', '\t']).next().unwrap_or(name);
    let signed = line_ends
        && !NOT_SIGNERS.contains(&first)
        && !TEAM_WORDS.contains(&first)
        && !TITLE_WORDS.contains(&first)
        && !super::name_shape::ends_in_group_word(name)
        && super::sentences::introduced_name(name);
    signed.then_some(name.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signers() {
        fn n<'a>(v: &'a str, after: &str) -> Option<&'a str> {
            signed_name_len(v, after).map(|l| &v[..l])
        }
        assert_eq!(
            n("Lucía Fernández Ortega", ""),
            Some("Lucía Fernández Ortega")
        );
        assert_eq!(n("Tomás", "<br>Customer Care</div>"), Some("Tomás"));
        assert_eq!(n("Tomás Baker Customer", " Care"), Some("Tomás Baker"));
        assert_eq!(n("Tomás Customer Care", ""), None);
        assert_eq!(
            n("Olwen Pritchard Accounts", " Receivable"),
            Some("Olwen Pritchard")
        );
        assert_eq!(
            n("Konstantin Albrecht", "\nKundenservice"),
            Some("Konstantin Albrecht")
        );
        assert_eq!(
            n("Desmond Achterberg", "\r\n+1 (646) 555-0187"),
            Some("Desmond Achterberg")
        );
        assert_eq!(n("Customer Care", ""), None);
        assert_eq!(n("Ihr Kundenservice", ""), None);
        assert_eq!(n("Acme Support", ""), None);
        assert_eq!(n("Gesendet", " von meinem iPhone"), None);
        assert_eq!(n("Mario", " and Luigi"), None);
        assert_eq!(n("Apple Pay", " works now"), None);
    }
}
