//! ABO blood groups with their Rhesus factor as generators and forms write
//! them: `A+`, `AB-`, `O−` (Unicode minus), `0+` and `0 Rh-` (the zero of
//! German, Polish and Nordic records), `B Rh+`, `A pos`. Written without
//! letters, `0+` passes no word check, so a health key's value needs this
//! vocabulary to be read as a blood group.

/// True when `t` is an ABO group with a Rhesus sign or word.
///
/// ```
/// use leakscope::detect::shapes::is_blood_group;
/// assert!(is_blood_group("0+"));
/// assert!(is_blood_group("AB−"));
/// assert!(!is_blood_group("+"));
/// ```
pub fn is_blood_group(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 16 {
        return false;
    }
    // The group: AB, A, B, or O (also written as a zero).
    let rest = if let Some(r) = t.strip_prefix("AB").or_else(|| t.strip_prefix("ab")) {
        r
    } else {
        let mut chars = t.chars();
        match chars.next() {
            Some('A' | 'a' | 'B' | 'b' | 'O' | 'o' | '0') => chars.as_str(),
            _ => return false,
        }
    };
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix("Rh")
        .or_else(|| rest.strip_prefix("RH"))
        .or_else(|| rest.strip_prefix("rh"))
        .map_or(rest, str::trim_start);
    matches!(
        rest,
        "+" | "-" | "\u{2212}" | "\u{2013}" | "pos" | "neg" | "Pos" | "Neg" | "POS" | "NEG"
    )
}

#[cfg(test)]
mod tests {
    use super::is_blood_group;

    #[test]
    fn gen4_blood_groups() {
        for t in [
            "A+",
            "A-",
            "B+",
            "B-",
            "AB+",
            "AB-",
            "O+",
            "O-",
            "0+",
            "0-",
            "0 Rh+",
            "A Rh-",
            "AB\u{2212}",
            "B pos",
            "o neg",
            "ab+",
        ] {
            assert!(is_blood_group(t), "{t}");
        }
    }

    #[test]
    fn gen4_not_blood_groups() {
        for t in [
            "",
            "+",
            "A",
            "0",
            "C+",
            "A++",
            "1+",
            "0.5",
            "AB",
            "A+B",
            "O+ and more",
            "Rh+",
            "0 +1",
        ] {
            assert!(!is_blood_group(t), "{t}");
        }
    }
}
