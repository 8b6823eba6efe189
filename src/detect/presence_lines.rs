//! A person named by a meeting or chat presence line: Zoom's
//! `leave_reason` (`Farah Haddad left the meeting.<br>Reason: …`), Teams
//! and Meet system messages (`Priya Raman has left the chat.`, `Ethan
//! Clarke joined the meeting`, `Haruto Sato joined`). The cue (`left`,
//! `joined`, with `has` and `the meeting`) is a scanner pattern; the name
//! comes before it, at the start of the line, and must be a full name:
//! bots and rooms (`Recording Bot joined`, `Weekly Sync left`) are not.

use super::name_shape::{ends_in_group_word, is_full_name_shape};

/// The cue: a blank, `left` or `joined` (after `has`), an optional place
/// (`the meeting`, `the chat`) and the end of the sentence or text.
pub const PRESENCE_CUE: &str = r"[ \t](?:has[ \t]+)?(?:left|joined)(?:[ \t]+the[ \t]+(?:meeting|chat|call|channel|conversation|room|group|team|session|space|huddle|webinar|breakout[ \t]+room|waiting[ \t]+room|lobby))?[ \t]*(?:[.!<\r\n]|$)";

/// Words that make the subject a device, a bot or a room (lower case).
const NOT_PEOPLE: &[&str] = &[
    "recorder",
    "recording",
    "notetaker",
    "assistant",
    "phone",
    "room",
    "guest",
    "host",
    "participant",
    "attendee",
    "someone",
    "reason",
    "sync",
    "standup",
    "meeting",
];

/// Where the name before a presence cue starts, given the text `before`
/// the cue: the line (after a line break or an HTML tag) must be a
/// person's full name and nothing else. None when it is not one.
pub fn presence_name_start(before: &str) -> Option<usize> {
    let start = before.rfind(['\n', '\r', '>']).map_or(0, |i| i + 1);
    let name = before.get(start..)?;
    let lead = name.len() - name.trim_start().len();
    let name = name.trim();
    if !is_full_name_shape(name) || ends_in_group_word(name) {
        return None;
    }
    let person = name.split_whitespace().all(|w| {
        let w = w.to_lowercase();
        !NOT_PEOPLE.contains(&w.as_str())
    });
    person.then_some(start + lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presence_names() {
        assert_eq!(presence_name_start("Farah Haddad"), Some(0));
        assert_eq!(presence_name_start("x<br>Ethan Clarke"), Some(5));
        assert_eq!(presence_name_start("Priya Raman"), Some(0));
        assert_eq!(presence_name_start("Recording Bot"), None);
        assert_eq!(presence_name_start("Weekly Sync"), None);
        assert_eq!(presence_name_start("Reason:"), None);
        assert_eq!(presence_name_start("The user"), None);
        assert_eq!(presence_name_start("Turn"), None);
        assert_eq!(presence_name_start("Conference Room"), None);
    }

    #[test]
    fn cue_shape() {
        let re = regex_automata::meta::Regex::new(PRESENCE_CUE).unwrap();
        for t in [
            " left the meeting.",
            " has left the chat.",
            " joined",
            " joined the meeting",
            " left the meeting.<br>",
        ] {
            assert!(re.is_match(t), "{t}");
        }
        for t in [" left turn ahead", " joined forces with", " left-aligned"] {
            assert!(!re.is_match(t), "{t}");
        }
    }
}
