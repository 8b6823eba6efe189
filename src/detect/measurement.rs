//! Body and health measurement shapes: a number with an optional unit,
//! blood pressure `120/80`, feet and inches `5'11"`, durations `7h 30m`.
//! Whether such a value is health data is decided by its key and context.

const UNITS: [&str; 40] = [
    "kg", "g", "lb", "lbs", "pounds", "pound", "st", "stone", "oz", "cm", "mm", "m", "in", "inch",
    "inches", "ft", "feet", "bpm", "mmhg", "%", "°c", "°f", "c", "f", "kcal", "cal", "steps", "h",
    "hr", "hrs", "hours", "min", "mins", "minutes", "s", "sec", "mg/dl", "mmol/l", "ml", "l",
];

fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let mut digits = 0;
    let mut seps = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => digits += 1,
            b'.' | b',' => seps += 1,
            _ => return false,
        }
    }
    digits > 0 && seps <= 1 && !s.starts_with(['.', ',']) && !s.ends_with(['.', ','])
}

/// True for a measurement: a plain number as a string (`"82.5"`), a number
/// with a unit (`86.1 kg`, `182cm`, `72 bpm`, `98 %`, `36.6 °C`,
/// `165 lbs`), blood pressure (`120/80`), feet and inches (`5'11"`,
/// `5 ft 11 in`), durations (`7h 30m`).
///
/// ```
/// use leakscope::detect::shapes::is_measurement;
/// assert!(is_measurement("86.1 kg"));
/// assert!(!is_measurement("bold"));
/// ```
pub fn is_measurement(s: &str) -> bool {
    let t = s.trim();
    if t.is_empty() || t.len() > 32 {
        return false;
    }
    if is_number(t) {
        return true;
    }
    // Blood pressure 120/80 (optionally "mmHg").
    let bp = t.trim_end_matches("mmHg").trim_end_matches("mmhg").trim();
    if let Some((a, b)) = bp.split_once('/') {
        if let (Ok(x), Ok(y)) = (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
            return (60..=260).contains(&x) && (30..=160).contains(&y) && x > y;
        }
    }
    // Feet and inches: 5'11", 5' 11'', 5′11″.
    let fi: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some((ft, inch)) = fi.split_once(['\'', '′']) {
        let inch = inch.trim_end_matches(['"', '″', '\'']);
        if ft.parse::<u8>().is_ok_and(|f| (1..=8).contains(&f))
            && (inch.is_empty() || inch.parse::<f32>().is_ok_and(|i| (0.0..12.0).contains(&i)))
        {
            return true;
        }
    }
    // One or more "<number><unit>" groups: "86.1 kg", "7h 30m", "5 ft 11 in".
    let lower = t.to_lowercase();
    let mut rest = lower.as_str();
    let mut groups = 0;
    while !rest.is_empty() {
        let n_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let (n, tail) = rest.split_at(n_end);
        if !is_number(n) {
            return false;
        }
        let tail = tail.trim_start();
        let u_end = tail
            .find(|c: char| c.is_ascii_digit() || c.is_whitespace())
            .unwrap_or(tail.len());
        let (unit, after) = tail.split_at(u_end);
        let unit = unit.trim_end_matches('.');
        if !(UNITS.contains(&unit) || (groups > 0 && unit.is_empty()) || unit == "m") {
            return false;
        }
        groups += 1;
        rest = after.trim_start();
        if groups > 3 {
            return false;
        }
    }
    groups > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measurements() {
        for s in [
            "82.5",
            "82,5",
            "86.1 kg",
            "86.1kg",
            "182 cm",
            "5'11\"",
            "5' 11''",
            "120/80",
            "120/80 mmHg",
            "72 bpm",
            "98 %",
            "98%",
            "165 lbs",
            "7h 30m",
            "36.6 °C",
            "5 ft 11 in",
            "10000 steps",
        ] {
            assert!(is_measurement(s), "{s}");
        }
    }

    #[test]
    fn not_measurements() {
        for s in [
            "bold",
            "",
            "1.2.3",
            "86.1 kilograms of fun",
            "16:9",
            "80/120",
            "kg",
            "12 monkeys",
            "v1.2",
            "1920x1080",
        ] {
            assert!(!is_measurement(s), "{s}");
        }
    }
}
