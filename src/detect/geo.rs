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

/// A `lat,lon` pair found inside text (`I'm at 52.520008, 13.404954`,
/// `staticmap?path=37.7764,-122.4172`), `before` being the text before it.
/// Both parts need four decimals and one of them five, unless a URL or map
/// link puts the pair right after `=`, `@`, `|`, `/`, `(` or `:`; the pair
/// must not continue a longer number.
///
/// ```
/// use leakscope::detect::shapes::lat_lon_in_text;
/// assert!(lat_lon_in_text("I'm at ", "52.520008, 13.404954"));
/// assert!(lat_lon_in_text("path=", "37.7764,-122.4172"));
/// assert!(!lat_lon_in_text("rate ", "1.0845, 1.0850"));
/// ```
pub fn lat_lon_in_text(before: &str, pair: &str) -> bool {
    let prev = before.as_bytes().last().copied();
    if prev.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+')) {
        return false;
    }
    let normal = pair.replace("%2C", ",").replace("%2c", ",");
    let Some((a, b)) = normal.split_once(',') else {
        return false;
    };
    let decimals = |p: &str| p.trim().split_once('.').map_or(0, |(_, f)| f.len());
    let (da, db) = (decimals(a), decimals(b));
    let url_like = prev.is_some_and(|b| matches!(b, b'=' | b'@' | b'|' | b'/' | b'(' | b':'));
    if da < 4 || db < 4 || (da.max(db) < 5 && !url_like) {
        return false;
    }
    parse_lat_lon_pair(&normal).is_some()
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

/// One coordinate written with its hemisphere letter (`"52.5362N"`,
/// `"13.4031 E"`, `"33.8688° S"`, `"W122.4194"`), as Philips Hue bridges and
/// NMEA-style exports store them: signed degrees, south and west negative.
/// The number needs a fractional part; latitudes stay within 90°.
///
/// ```
/// use leakscope::detect::shapes::hemisphere_coordinate;
/// assert_eq!(hemisphere_coordinate("52.5362N"), Some(52.5362));
/// assert_eq!(hemisphere_coordinate("122.4194 W"), Some(-122.4194));
/// assert_eq!(hemisphere_coordinate("12N"), None);
/// ```
pub fn hemisphere_coordinate(s: &str) -> Option<f64> {
    let t = s.trim();
    let is_hemisphere = |c: char| matches!(c.to_ascii_uppercase(), 'N' | 'S' | 'E' | 'W');
    let (letter, number) = match (t.chars().next(), t.chars().last()) {
        (_, Some(c)) if is_hemisphere(c) => (c, &t[..t.len() - 1]),
        (Some(c), _) if is_hemisphere(c) => (c, &t[1..]),
        _ => return None,
    };
    let number = number.trim().trim_end_matches('°').trim();
    if !number.contains('.') || number.starts_with(['-', '+']) {
        return None;
    }
    let v = coord(number)?;
    let v = match letter.to_ascii_uppercase() {
        'S' | 'W' => -v,
        _ => v,
    };
    let in_range = match letter.to_ascii_uppercase() {
        'N' | 'S' => is_latitude(v),
        _ => is_longitude(v),
    };
    in_range.then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hemisphere_letters() {
        for (t, v) in [
            ("52.5362N", 52.5362),
            ("13.4031E", 13.4031),
            ("33.8688° S", -33.8688),
            ("W122.4194", -122.4194),
            ("40.6782 n", 40.6782),
        ] {
            assert_eq!(hemisphere_coordinate(t), Some(v), "{t}");
        }
        for t in [
            "12N", "95.5N", "181.0E", "N", "", "-52.5N", "52.5X", "5.5.5N", "Node.js",
        ] {
            assert_eq!(hemisphere_coordinate(t), None, "{t}");
        }
    }

    #[test]
    fn pairs_in_text() {
        for (before, pair) in [
            ("I'm at ", "52.520008, 13.404954"),
            ("staticmap?path=", "37.7764,-122.4172"),
            ("|", "37.7599,-122.4148"),
            ("maps/@", "-33.8688197,151.2092955"),
            ("q=", "48.8584%2C2.2945"),
        ] {
            assert!(lat_lon_in_text(before, pair), "{before}{pair}");
        }
        for (before, pair) in [
            ("EURUSD ", "1.0845, 1.0850"),
            ("x", "52.520008, 13.404954"),
            ("1", "2.520008, 13.404954"),
            ("at ", "95.520008, 13.404954"),
            ("at ", "52.52, 13.404954"),
        ] {
            assert!(!lat_lon_in_text(before, pair), "{before}{pair}");
        }
    }

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
