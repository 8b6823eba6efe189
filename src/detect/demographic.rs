//! Small closed vocabularies of demographic values (gender codes).

/// True for a gender value in English, German, French, Spanish, or one
/// of the other record languages the key lexicon reads, or a
/// common numeric code: `m`, `f`, `w`, `d`, `x`, `male`, `female`,
/// `männlich`, `weiblich`, `divers`, `non-binary`, `other`, `homme`,
/// `femme`, `hombre`, `mujer`, `1`, `2`, ... (case-insensitive).
///
/// ```
/// use leakscope::detect::shapes::is_gender_value;
/// assert!(is_gender_value("Weiblich"));
/// assert!(!is_gender_value("bold"));
/// ```
pub fn is_gender_value(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    matches!(
        l.as_str(),
        "m" | "f"
            | "w"
            | "d"
            | "x"
            | "u"
            | "0"
            | "1"
            | "2"
            | "9"
            | "male"
            | "female"
            | "man"
            | "woman"
            | "men"
            | "women"
            | "boy"
            | "girl"
            | "mann"
            | "frau"
            | "männlich"
            | "maennlich"
            | "weiblich"
            | "divers"
            | "diverse"
            | "non-binary"
            | "nonbinary"
            | "non binary"
            | "nb"
            | "enby"
            | "genderqueer"
            | "agender"
            | "other"
            | "others"
            | "andere"
            | "anderes"
            | "homme"
            | "femme"
            | "masculin"
            | "féminin"
            | "feminin"
            | "autre"
            | "hombre"
            | "mujer"
            | "masculino"
            | "femenino"
            | "otro"
            | "trans"
            | "transgender"
            | "prefer not to say"
            | "unspecified"
            | "mr"
            | "mrs"
            | "ms"
            | "herr"
            // Salutations and words of other record languages: French
            // `civilité`, Dutch `aanhef`/`geslacht`, Italian `sesso`,
            // Portuguese `sexo`.
            | "mme"
            | "mme."
            | "mlle"
            | "mlle."
            | "madame"
            | "mademoiselle"
            | "monsieur"
            | "mr."
            | "mrs."
            | "ms."
            | "dhr"
            | "dhr."
            | "mevr"
            | "mevr."
            | "mevrouw"
            | "meneer"
            | "vrouw"
            | "maschio"
            | "femmina"
            | "feminino"
            | "sig."
            | "sig.ra"
            | "sra."
            // Indonesian and Malay, Vietnamese, Turkish, Czech and Slovak,
            // Polish, Hungarian, Romanian, Swedish, Danish, Greek and Russian
            // (codes of one or two letters pass under a gender key anyway).
            | "laki-laki"
            | "perempuan"
            | "lelaki"
            | "wanita"
            | "pria"
            | "nam"
            | "erkek"
            | "kadın"
            | "kadin"
            | "muž"
            | "muz"
            | "žena"
            | "zena"
            | "mężczyzna"
            | "kobieta"
            | "férfi"
            | "ferfi"
            | "barbat"
            | "bărbat"
            | "femeie"
            | "kvinna"
            | "kvinde"
            | "mand"
            | "άνδρας"
            | "ανδρας"
            | "γυναίκα"
            | "γυναικα"
            | "άρρεν"
            | "θήλυ"
            | "мужской"
            | "женский"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genders() {
        for s in [
            "M",
            "f",
            "W",
            "d",
            "x",
            "Male",
            "FEMALE",
            "männlich",
            "weiblich",
            "divers",
            "Mme",
            "Mlle",
            "Dhr.",
            "Mevr.",
            "vrouw",
            "femmina",
            "non-binary",
            "Other",
            "homme",
            "femme",
            "hombre",
            "mujer",
            "1",
            "2",
            "Laki-laki",
            "Perempuan",
            "Nam",
            "Erkek",
            "Kadın",
            "Žena",
            "Kobieta",
            "Férfi",
            "Bărbat",
            "Женский",
            "Άνδρας",
        ] {
            assert!(is_gender_value(s), "{s}");
        }
        for s in ["bold", "", "3", "mal", "females only", "yes", "active"] {
            assert!(!is_gender_value(s), "{s}");
        }
    }
}
