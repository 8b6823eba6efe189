//! Encoded polylines (Google's polyline algorithm, as Strava's
//! `map.summary_polyline` and Directions' `overview_polyline` write a
//! route): every character is in `?` to `~` (ASCII 63 to 126), each
//! coordinate delta ending with a character below `_` (95).

/// Shortest polyline taken: a start point and a few deltas.
const MIN_LEN: usize = 8;

/// True when `t` has the shape of an encoded polyline: at least
/// [`MIN_LEN`] characters, all in the polyline alphabet, with the chunk
/// terminators (`?` to `^`) a coordinate needs and the continuation
/// characters (`_` to `~`) a real route has, and not one repeated
/// character.
pub fn is_encoded_polyline(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < MIN_LEN || !b.iter().all(|c| (63..=126).contains(c)) {
        return false;
    }
    let terminators = b.iter().filter(|&&c| c < 95).count();
    let continuations = b.len() - terminators;
    // Two terminators per point (latitude and longitude); the text must
    // end a value.
    terminators >= 2
        && continuations >= 1
        && b.last().is_some_and(|&c| c < 95)
        && b.iter().any(|&c| c != b[0])
        // Words are mostly lower-case letters (continuations): a polyline
        // has many terminators (capitals, `?@[\]^`).
        && terminators * 5 >= b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        for t in [
            "_p~iF~ps|U_ulLnnqC_mqNvxq`@",
            "ki{eFvqfiVqAWQIGEEKAYJgBVqDJ{BHa@jAkNJw@Pw@V{APs@^aABQAOEQGKoJ_F",
            "u{~vFvyys@fS]",
        ] {
            assert!(is_encoded_polyline(t), "{t}");
        }
    }

    #[test]
    fn not_routes() {
        for t in [
            "",
            "short",
            "hello world",
            "abcdefghijklmnop",
            "????????????",
            "Morning Ride",
            "a1b2c3d4e5f6",
        ] {
            assert!(!is_encoded_polyline(t), "{t}");
        }
    }
}
