//! The human-readable field table and breach-impact summary.

use leakscope::report::{FieldEntry, Summary};
use leakscope::{Category, Report};
use std::fmt::Write as _;

/// How bad a leak of a category is; lower sorts first.
pub fn severity(category: Category) -> u8 {
    match category {
        Category::PrivateKey => 0,
        Category::ApiKey => 1,
        Category::OauthToken => 2,
        Category::Jwt => 3,
        Category::Password => 4,
        Category::PaymentCard => 5,
        Category::Iban => 6,
        Category::NationalId => 7,
        Category::HealthMetric => 8,
        Category::DateOfBirth => 9,
        Category::Email => 10,
        Category::Phone => 11,
        Category::PersonName => 12,
        Category::PostalAddress => 13,
        Category::GeoLocation => 14,
        Category::Username => 15,
        Category::DeviceId => 16,
        Category::MacAddress => 17,
        Category::IpAddress => 18,
        Category::WifiSsid => 19,
        Category::Demographic => 20,
    }
}

/// ANSI styling, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Emit ANSI escapes.
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn for_category(self, category: Category, text: &str) -> String {
        let code = if category.is_secret() {
            "1;31"
        } else if matches!(
            category,
            Category::PaymentCard | Category::Iban | Category::NationalId
        ) || category.is_gdpr_special()
        {
            "31"
        } else {
            "33"
        };
        self.paint(code, text)
    }

    fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }
}

/// Fields sorted by severity of their category, then by count (descending), then path.
pub fn sorted_fields(report: &Report) -> Vec<&FieldEntry> {
    let mut fields: Vec<&FieldEntry> = report.fields.iter().collect();
    fields.sort_by(|a, b| {
        severity(a.category)
            .cmp(&severity(b.category))
            .then(b.count.cmp(&a.count))
            .then(a.path.cmp(&b.path))
    });
    fields
}

/// Pads `cell` (measured in chars) to `width`, styling after padding so
/// escapes do not disturb the alignment.
fn pad(cell: &str, width: usize) -> String {
    let len = cell.chars().count();
    let mut s = cell.to_string();
    s.extend(std::iter::repeat(' ').take(width.saturating_sub(len)));
    s
}

/// Renders an aligned table of rows; the first row is the header.
fn render_rows(
    rows: &[Vec<String>],
    right: &[bool],
    style: Style,
    colorize: &dyn Fn(usize, usize, String) -> String,
) -> String {
    let cols = rows.first().map_or(0, Vec::len);
    let mut widths = vec![0usize; cols];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for (r, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (c, (cell, w)) in row.iter().zip(&widths).enumerate() {
            let last = c + 1 == cols;
            let padded = if right.get(c).copied().unwrap_or(false) {
                let len = cell.chars().count();
                format!("{}{cell}", " ".repeat(w.saturating_sub(len)))
            } else if last {
                cell.clone()
            } else {
                pad(cell, *w)
            };
            let styled = if r == 0 {
                style.bold(&padded)
            } else {
                colorize(r, c, padded)
            };
            line.push_str(&styled);
            if !last {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The field table: path, category, confidence, count, evidence, masked example.
pub fn field_table(report: &Report, style: Style) -> String {
    let fields = sorted_fields(report);
    if fields.is_empty() {
        return String::from("No personal data or secrets found.\n");
    }
    let mut rows = vec![vec![
        "PATH".to_string(),
        "CATEGORY".to_string(),
        "CONFIDENCE".to_string(),
        "COUNT".to_string(),
        "EVIDENCE".to_string(),
        "EXAMPLE".to_string(),
    ]];
    for f in &fields {
        rows.push(vec![
            f.path.clone(),
            f.category.id().to_string(),
            format!("{:.2}", f.confidence),
            f.count.to_string(),
            f.evidence.join(","),
            f.example.clone().unwrap_or_else(|| "-".to_string()),
        ]);
    }
    let colorize = |r: usize, c: usize, text: String| -> String {
        match (c, fields.get(r.wrapping_sub(1))) {
            (1, Some(f)) => style.for_category(f.category, &text),
            _ => text,
        }
    };
    render_rows(
        &rows,
        &[false, false, true, true, false, false],
        style,
        &colorize,
    )
}

/// The breach-impact summary.
pub fn summary(report: &Report, style: Style) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.bold("Breach impact"));
    let Some(summary) = &report.summary else {
        let _ = writeln!(out, "  (no summary in this report)");
        return out;
    };
    render_summary(&mut out, summary, style);
    out
}

fn render_summary(out: &mut String, s: &Summary, style: Style) {
    let _ = writeln!(
        out,
        "  records: {} ({} with findings)",
        s.records, s.records_with_findings
    );
    if !s.categories.is_empty() {
        let mut cats: Vec<_> = s.categories.iter().collect();
        cats.sort_by(|a, b| {
            severity(a.category)
                .cmp(&severity(b.category))
                .then(b.records.cmp(&a.records))
        });
        let mut rows = vec![vec![
            "  CATEGORY".to_string(),
            "RECORDS".to_string(),
            "VALUES".to_string(),
            "DISTINCT".to_string(),
            "FIELDS".to_string(),
        ]];
        for c in &cats {
            let distinct = if c.category.identifies_subject() {
                format!("{} subjects", c.distinct)
            } else {
                c.distinct.to_string()
            };
            rows.push(vec![
                format!("  {}", c.category.id()),
                c.records.to_string(),
                c.values.to_string(),
                distinct,
                c.fields.to_string(),
            ]);
        }
        let colorize = |r: usize, col: usize, text: String| -> String {
            match (col, cats.get(r.wrapping_sub(1))) {
                (0, Some(c)) => style.for_category(c.category, &text),
                _ => text,
            }
        };
        out.push_str(&render_rows(
            &rows,
            &[false, true, true, true, true],
            style,
            &colorize,
        ));
    }
    if s.secrets_to_rotate.is_empty() {
        let _ = writeln!(out, "  secrets to rotate: none");
    } else {
        let _ = writeln!(out, "  {}", style.paint("1;31", "secrets to rotate:"));
        for r in &s.secrets_to_rotate {
            let _ = writeln!(
                out,
                "    {} {}: {} values ({} distinct) in {}",
                r.provider,
                r.category.id(),
                r.count,
                r.distinct,
                r.paths.join(", ")
            );
        }
    }
    if s.gdpr_special_categories.is_empty() {
        let _ = writeln!(out, "  GDPR Art. 9 special categories: none");
    } else {
        let _ = writeln!(
            out,
            "  {}",
            style.paint("31", "GDPR Art. 9 special categories:")
        );
        for g in &s.gdpr_special_categories {
            let _ = writeln!(
                out,
                "    {} ({}): {} records in {}",
                g.category.id(),
                g.article,
                g.records,
                g.paths.join(", ")
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        Report::from_json(
            r#"{"fields":[
              {"path":"$.email","category":"email","confidence":0.99,"count":3,"evidence":["key:email"],"example":"j***@x.io"},
              {"path":"$.a_long_path.with.parts","category":"email","confidence":0.5,"count":9,"evidence":["value:email"]},
              {"path":"$.key","category":"api_key","confidence":0.9,"count":1,"evidence":["value:aws"]}
            ],
            "summary":{"records":10,"records_with_findings":4,
              "categories":[{"category":"email","records":4,"values":12,"distinct":3,"fields":2}],
              "secrets_to_rotate":[{"provider":"aws","category":"api_key","count":1,"distinct":1,"paths":["$.key"]}],
              "gdpr_special_categories":[]}}"#,
        )
        .unwrap()
    }

    #[test]
    fn table_is_sorted_and_aligned() {
        let text = field_table(&report(), Style { color: false });
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("PATH"));
        assert!(lines[1].starts_with("$.key "), "{text}");
        assert!(lines[2].starts_with("$.a_long_path.with.parts "));
        assert!(lines[3].starts_with("$.email "));
        let col = lines[0].find("CATEGORY").unwrap();
        for l in &lines[1..] {
            assert_ne!(l.as_bytes()[col - 1], b' ' + 1);
            assert!(
                l[col..].starts_with("api_key") || l[col..].starts_with("email"),
                "{l}"
            );
        }
        assert!(lines[3].ends_with("j***@x.io"));
        assert!(!text.contains('\x1b'));
        assert!(field_table(&report(), Style { color: true }).contains("\x1b["));
    }

    #[test]
    fn summary_lists_secrets() {
        let text = summary(&report(), Style { color: false });
        assert!(text.contains("records: 10 (4 with findings)"));
        assert!(text.contains("3 subjects"));
        assert!(text.contains("aws api_key: 1 values (1 distinct) in $.key"));
        assert!(text.contains("GDPR Art. 9 special categories: none"));
        assert!(summary(&Report::default(), Style { color: false }).contains("no summary"));
    }
}
