//! Folding of lowercase words to the ASCII spelling the lexicon uses:
//! German umlauts to their `ae`/`oe`/`ue` spellings, `ß` to `ss`, French and
//! Spanish accents dropped (`prénom` -> `prenom`, `contraseña` ->
//! `contrasena`).

use std::borrow::Cow;

/// Folds one lowercase word. ASCII words are returned unchanged.
pub(crate) fn fold_word(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len() + 2);
    for c in word.chars() {
        match c {
            'ä' | 'æ' => out.push_str("ae"),
            'ö' | 'œ' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ø' => out.push('o'),
            'ù' | 'ú' | 'û' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            // Polish and Czech.
            'ą' => out.push('a'),
            'ę' | 'ě' => out.push('e'),
            'ł' => out.push('l'),
            'ń' | 'ň' => out.push('n'),
            'ś' | 'š' => out.push('s'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ć' | 'č' => out.push('c'),
            'ř' => out.push('r'),
            'ů' => out.push('u'),
            'ť' => out.push('t'),
            'ď' => out.push('d'),
            // Turkish (`ö`, `ü` and `ç` as above): `soyadı`, `doğum`,
            // `şifre`; the dot of a lower-cased `İ` is dropped.
            'ı' => out.push('i'),
            'ğ' => out.push('g'),
            'ş' => out.push('s'),
            '\u{307}' => {}
            // Greek: accents dropped, the final sigma is a sigma.
            'ά' => out.push('α'),
            'έ' => out.push('ε'),
            'ή' => out.push('η'),
            'ί' | 'ϊ' | 'ΐ' => out.push('ι'),
            'ό' => out.push('ο'),
            'ύ' | 'ϋ' | 'ΰ' => out.push('υ'),
            'ώ' => out.push('ω'),
            'ς' => out.push('σ'),
            // Greek final sigma etc. and anything else stays as it is.
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::fold_word;

    #[test]
    fn folds_umlauts_and_accents() {
        for (word, want) in [
            ("größe", "groesse"),
            ("grösse", "groesse"),
            ("straße", "strasse"),
            ("körperfett", "koerperfett"),
            ("prénom", "prenom"),
            ("téléphone", "telephone"),
            ("contraseña", "contrasena"),
            ("âge", "age"),
            ("número", "numero"),
            ("email", "email"),
            ("日本", "日本"),
        ] {
            assert_eq!(fold_word(word), want);
        }
    }
}
