//! The locality after a street in free text: `14 Acacia Avenue, Leeds LS6
//! 2AB`, `1842 Maple Grove Lane, Sacramento, CA 95818`, `Hauptstraße 5,
//! 10115 Berlin`. A town is taken only together with a postcode: a lone
//! capitalised word after a comma may be anything (`…Avenue, Bob.`).
//! Letters are spelled as Latin-1 ranges: the core builds regex-automata
//! without the Unicode general-category tables.

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use std::sync::OnceLock;

/// A flat, apartment or suite number right after the street.
const UNIT: &str = r"(?:,?[ \t]+(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Wohnung)\.?[ \t]*#?|\#)[0-9A-Za-z\-]{1,6})?";
/// `, 10115 Berlin` (postcode first: Germany, France, Spain, Italy…).
const POSTCODE_FIRST: &str = r"[ \t]*,[ \t]*(?:[0-9]{4,5}|[0-9]{3}[ \t][0-9]{2})[ \t]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ\-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ\-]+)?";
/// `, Leeds LS6 2AB` (UK) and `, Sacramento, CA 95818` (US).
const TOWN_THEN_POSTCODE: &str = concat!(
    r"[ \t]*,[ \t]*(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+[ \t]){0,2}[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'\-]+,?[ \t]+",
    r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}|[A-Z]{2}[ \t]+[0-9]{5}(?:-[0-9]{4})?)",
    r"(?-u:\b)"
);

fn matcher() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = format!("{UNIT}(?:{POSTCODE_FIRST}|{TOWN_THEN_POSTCODE})");
        Regex::new(&pattern).ok()
    })
    .as_ref()
}

/// Length in bytes of the unit, town and postcode that continue a street
/// address at the start of `after`; 0 when no postcode follows.
///
/// ```
/// use leakscope::detect::shapes::locality_tail;
/// assert_eq!(locality_tail(", Leeds LS6 2AB before noon"), ", Leeds LS6 2AB".len());
/// assert_eq!(locality_tail(", Bob."), 0);
/// ```
pub fn locality_tail(after: &str) -> usize {
    let Some(re) = matcher() else { return 0 };
    // Short inputs only: the tail is a few words.
    let end = (0..=after.len().min(96))
        .rev()
        .find(|&i| after.is_char_boundary(i))
        .unwrap_or(0);
    let input = Input::new(&after[..end]).anchored(Anchored::Yes);
    re.find(input).map_or(0, |m| m.end())
}

#[cfg(test)]
mod tests {
    use super::locality_tail;

    #[test]
    fn towns_with_postcodes() {
        for (after, tail) in [
            (", Leeds LS6 2AB before noon.", ", Leeds LS6 2AB"),
            (", Sacramento, CA 95818, USA", ", Sacramento, CA 95818"),
            (
                ", San Francisco, CA 94103-1234.",
                ", San Francisco, CA 94103-1234",
            ),
            (
                " Apt 4B, Springfield, IL 62704",
                " Apt 4B, Springfield, IL 62704",
            ),
            (", 10115 Berlin.", ", 10115 Berlin"),
            (", 80331 München", ", 80331 München"),
            (", London SW1A 1AA", ", London SW1A 1AA"),
            (", 116 46 Stockholm", ", 116 46 Stockholm"),
        ] {
            assert_eq!(&after[..locality_tail(after)], tail, "{after}");
        }
    }

    #[test]
    fn no_postcode_no_tail() {
        for after in [
            ", Bob.",
            ", Leeds, before noon",
            " and then home",
            ", which is 12345 steps away",
            "",
            ", Leeds LS6",
        ] {
            assert_eq!(locality_tail(after), 0, "{after}");
        }
    }
}
