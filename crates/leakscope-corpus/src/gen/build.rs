//! Labeled record trees and the tracker that turns them into labels.

use crate::path::{push_index, push_key};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The label of one generated leaf.
#[derive(Debug, Clone)]
pub enum Tag {
    /// Not personal data.
    Plain,
    /// The whole leaf is personal data of this category.
    Field(&'static str),
    /// Text with personal data spans (category, exact text).
    Spans(Vec<(&'static str, String)>),
}

/// A generated JSON value whose leaves carry labels.
#[derive(Debug, Clone)]
pub enum Node {
    /// An object, keys in order.
    Obj(Vec<(String, Node)>),
    /// An array.
    Arr(Vec<Node>),
    /// A leaf (or null) and its label.
    Leaf(Value, Tag),
}

/// A PII leaf.
pub fn pii(category: &'static str, v: impl Into<Value>) -> Node {
    Node::Leaf(v.into(), Tag::Field(category))
}

/// A non-PII leaf.
pub fn plain(v: impl Into<Value>) -> Node {
    Node::Leaf(v.into(), Tag::Plain)
}

/// A text leaf with PII spans (plain when there are none).
pub fn text(s: String, spans: Vec<(&'static str, String)>) -> Node {
    if spans.is_empty() {
        Node::Leaf(Value::String(s), Tag::Plain)
    } else {
        Node::Leaf(Value::String(s), Tag::Spans(spans))
    }
}

/// Object builder.
pub fn obj(entries: Vec<(&str, Node)>) -> Node {
    Node::Obj(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

impl Node {
    /// Compact JSON.
    pub fn write_json(&self, out: &mut String) {
        match self {
            Node::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
            Node::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Node::Leaf(v, _) => out.push_str(&v.to_string()),
        }
    }
}

#[derive(Debug, Default)]
struct PathState {
    field: BTreeSet<&'static str>,
    plain: bool,
    spans: BTreeSet<(&'static str, String)>,
}

/// Collects per-path labels over all records.
#[derive(Debug, Default)]
pub struct Tracker {
    paths: BTreeMap<String, PathState>,
}

impl Tracker {
    /// Records the labels of one record rooted at `root` (`$` or `$[*]`).
    pub fn visit(&mut self, node: &Node, root: &str) {
        let mut path = String::from(root);
        self.walk(node, &mut path);
    }

    fn walk(&mut self, node: &Node, path: &mut String) {
        match node {
            Node::Obj(entries) => {
                for (k, v) in entries {
                    let len = path.len();
                    push_key(path, k);
                    self.walk(v, path);
                    path.truncate(len);
                }
            }
            Node::Arr(items) => {
                let len = path.len();
                push_index(path);
                for v in items {
                    self.walk(v, path);
                }
                path.truncate(len);
            }
            Node::Leaf(Value::Null, _) => {}
            Node::Leaf(_, tag) => {
                let st = self.paths.entry(path.clone()).or_default();
                match tag {
                    Tag::Plain => st.plain = true,
                    Tag::Field(c) => {
                        st.field.insert(c);
                    }
                    Tag::Spans(spans) => {
                        for (c, t) in spans {
                            st.spans.insert((c, t.clone()));
                        }
                    }
                }
            }
        }
    }

    /// Field labels, span labels and conflicts.
    #[allow(clippy::type_complexity)]
    pub fn finish(
        self,
    ) -> (
        Vec<(String, &'static str)>,
        Vec<(String, &'static str, String)>,
        Vec<String>,
    ) {
        let mut fields = Vec::new();
        let mut spans = Vec::new();
        let mut conflicts = Vec::new();
        for (path, st) in self.paths {
            if st.field.len() > 1 {
                conflicts.push(format!("{path}: several categories {:?}", st.field));
            }
            if !st.field.is_empty() && (st.plain || !st.spans.is_empty()) {
                conflicts.push(format!("{path}: both field PII and plain/span leaves"));
            }
            if let Some(c) = st.field.iter().next() {
                fields.push((path.clone(), *c));
            }
            for (c, t) in st.spans {
                spans.push((path.clone(), c, t));
            }
        }
        (fields, spans, conflicts)
    }
}
