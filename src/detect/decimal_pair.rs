//! A coordinate pair dumped as a Python tuple of `Decimal`s, as Faker's
//! `profile()` writes `current_location` when its output is stringified:
//! `"(Decimal('35.68'), Decimal('139.69'))"`. Under a location key it is
//! the pair of a latitude and a longitude.

use super::geo::{is_latitude, is_longitude};

/// `(lat, lon)` of a Python `(Decimal('…'), Decimal('…'))` pair (also in
/// brackets or with double quotes), when both are in range.
///
/// ```
/// use leakscope::detect::shapes::python_decimal_pair;
/// assert_eq!(
///     python_decimal_pair("(Decimal('35.68'), Decimal('139.69'))"),
///     Some((35.68, 139.69))
/// );
/// assert_eq!(python_decimal_pair("(Decimal('1.5'),)"), None);
/// ```
pub fn python_decimal_pair(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    if !t.starts_with(['(', '[']) || !t.contains("Decimal(") {
        return None;
    }
    let inner = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| t.strip_prefix('[').and_then(|r| r.strip_suffix(']')))?;
    let (a, b) = inner.split_once(',')?;
    let (lat, lon) = (decimal(a)?, decimal(b)?);
    (is_latitude(lat) && is_longitude(lon)).then_some((lat, lon))
}

/// The number of one `Decimal('-33.8688')`.
fn decimal(part: &str) -> Option<f64> {
    let inner = part.trim().strip_prefix("Decimal(")?.strip_suffix(')')?;
    let num = inner
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix('\''))
        .or_else(|| inner.strip_prefix('"').and_then(|r| r.strip_suffix('"')))?;
    if !num.contains('.') || num.len() > 24 {
        return None;
    }
    num.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::python_decimal_pair;

    #[test]
    fn codes2_python_decimal_pair() {
        assert_eq!(
            python_decimal_pair("(Decimal('-33.8688'), Decimal('151.2093'))"),
            Some((-33.8688, 151.2093))
        );
        assert_eq!(
            python_decimal_pair("[Decimal(\"52.52\"), Decimal(\"13.405\")]"),
            Some((52.52, 13.405))
        );
        assert_eq!(
            python_decimal_pair("(Decimal('95.1'), Decimal('13.4'))"),
            None
        );
        assert_eq!(python_decimal_pair("(Decimal('35'), Decimal('139'))"), None);
        assert_eq!(python_decimal_pair("(Decimal('35.68'))"), None);
        assert_eq!(python_decimal_pair("(35.68, 139.69)"), None);
        assert_eq!(
            python_decimal_pair("Decimal('35.68'), Decimal('139.69')"),
            None
        );
        assert_eq!(
            python_decimal_pair("(Decimal('NaN.'), Decimal('1.0'))"),
            None
        );
        assert_eq!(python_decimal_pair(""), None);
    }
}
