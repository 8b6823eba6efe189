//! Coordinates: latitude/longitude ranges and `lat,lon` pairs.

/// True for a finite latitude in [-90, 90].
pub fn is_latitude(v: f64) -> bool {
    v.is_finite() && (-90.0..=90.0).contains(&v)
}

/// True for a finite longitude in [-180, 180].
pub fn is_longitude(v: f64) -> bool {
    v.is_finite() && (-180.0..=180.0).contains(&v)
}

fn coord(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+'))
    {
        return None;
    }
    t.parse::<f64>().ok()
}

/// Parses `"52.52,13.405"`, `"52.52, 13.405"`, `"52.52 13.405"` as
/// `(lat, lon)` and `"POINT(13.405 52.52)"` (WKT, lon first) too. At least
/// one of the two needs a fractional part; both must be in range.
///
/// ```
/// use leakscope::detect::shapes::parse_lat_lon_pair;
/// assert_eq!(parse_lat_lon_pair("52.52, 13.405"), Some((52.52, 13.405)));
/// assert_eq!(parse_lat_lon_pair("16:9"), None);
/// ```
pub fn parse_lat_lon_pair(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let upper = t.get(..5).map(str::to_ascii_uppercase);
    let (a, b, wkt) = if upper.as_deref() == Some("POINT") {
        let inner = t.get(5..)?.trim().strip_prefix('(')?.strip_suffix(')')?;
        let mut it = inner.split_whitespace();
        let (x, y) = (it.next()?, it.next()?);
        if it.next().is_some() {
            return None;
        }
        (x, y, true)
    } else if let Some((x, y)) = t.split_once(',') {
        (x, y, false)
    } else {
        let mut it = t.split_whitespace();
        let (x, y) = (it.next()?, it.next()?);
        if it.next().is_some() {
            return None;
        }
        (x, y, false)
    };
    if !(a.contains('.') || b.contains('.')) {
        return None;
    }
    let (x, y) = (coord(a)?, coord(b)?);
    let (lat, lon) = if wkt { (y, x) } else { (x, y) };
    (is_latitude(lat) && is_longitude(lon)).then_some((lat, lon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs() {
        assert_eq!(parse_lat_lon_pair("52.52,13.405"), Some((52.52, 13.405)));
        assert_eq!(parse_lat_lon_pair("-33.86 151.21"), Some((-33.86, 151.21)));
        assert_eq!(parse_lat_lon_pair("POINT(13.4 52.5)"), Some((52.5, 13.4)));
        assert_eq!(parse_lat_lon_pair("91.0,13.4"), None);
        assert_eq!(parse_lat_lon_pair("52.5,181.0"), None);
        assert_eq!(parse_lat_lon_pair("1920,1080"), None);
        assert_eq!(parse_lat_lon_pair("a,b"), None);
        assert_eq!(parse_lat_lon_pair("1.0,2.0,3.0"), None);
        assert!(is_latitude(-90.0) && !is_latitude(f64::NAN));
        assert!(is_longitude(180.0) && !is_longitude(180.5));
    }
}
