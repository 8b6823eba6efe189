//! A small direct-mapped memo keyed by text, for pure functions whose
//! inputs repeat across the records of a dump (key names read from values,
//! short leaf values). Each slot keeps one text; a new text evicts whatever
//! shared its slot. Callers keep one per thread.

use std::hash::BuildHasher;

/// `SLOTS` slots (a power of two) of text → `V`.
pub(crate) struct TextMemo<V, const SLOTS: usize> {
    slots: Vec<Slot<V>>,
}

#[derive(Default)]
struct Slot<V> {
    hash: u64,
    text: String,
    value: V,
}

impl<V: Default, const SLOTS: usize> TextMemo<V, SLOTS> {
    /// An empty memo; its slots are allocated on first store.
    pub(crate) const fn new() -> Self {
        TextMemo { slots: Vec::new() }
    }

    fn locate(text: &str) -> (u64, usize) {
        let hash = foldhash::fast::FixedState::default().hash_one(text);
        (hash, (hash as usize) & (SLOTS - 1))
    }

    /// The value stored for `text`, if its slot still holds it.
    pub(crate) fn get(&self, text: &str) -> Option<&V> {
        let (hash, i) = Self::locate(text);
        self.slots
            .get(i)
            .filter(|s| s.hash == hash && s.text == text)
            .map(|s| &s.value)
    }

    /// Claims `text`'s slot for `text` and returns its value for the
    /// caller to fill (the previous occupant's value, to be overwritten or
    /// cleared and refilled without a new allocation).
    pub(crate) fn slot(&mut self, text: &str) -> &mut V {
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, Slot::default);
        }
        let (hash, i) = Self::locate(text);
        let s = &mut self.slots[i];
        s.hash = hash;
        s.text.clear();
        s.text.push_str(text);
        &mut s.value
    }
}

#[cfg(test)]
mod tests {
    use super::TextMemo;

    #[test]
    fn stores_and_evicts_by_slot() {
        let mut memo: TextMemo<u32, 1> = TextMemo::new();
        assert_eq!(memo.get("a"), None);
        *memo.slot("a") = 7;
        assert_eq!(memo.get("a"), Some(&7));
        // One slot: a second text evicts the first.
        *memo.slot("b") = 8;
        assert_eq!(memo.get("a"), None);
        assert_eq!(memo.get("b"), Some(&8));
    }

    #[test]
    fn a_slot_is_refilled_in_place() {
        let mut memo: TextMemo<Vec<u8>, 4> = TextMemo::new();
        memo.slot("x").extend_from_slice(b"abc");
        let v = memo.slot("x");
        v.clear();
        v.push(1);
        assert_eq!(memo.get("x").map(Vec::as_slice), Some(&[1u8][..]));
    }
}
