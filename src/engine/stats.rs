//! Accumulators for the field report and the breach-impact summary.
//! They are keyed by rendered path so that outcomes of separate redactors
//! (threads) merge.

use crate::report::{
    CategoryImpact, FieldEntry, Report, ReportedError, Scope, SecretRotation, SpecialCategory,
    Stats, Summary,
};
use crate::{Category, Error};
use std::collections::BTreeMap;

/// 64-bit hash for distinct-value estimates (deterministic across runs).
pub(crate) fn hash64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15 ^ (bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h = h.rotate_left(29);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01B3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

/// HyperLogLog distinct-value estimator.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hll {
    regs: Vec<u8>,
    bits: u32,
}

impl Hll {
    pub(crate) fn new(bits: u32) -> Hll {
        Hll {
            regs: vec![0; 1 << bits],
            bits,
        }
    }

    pub(crate) fn add(&mut self, hash: u64) {
        let idx = (hash >> (64 - self.bits)) as usize;
        let rest = (hash << self.bits) | (1u64 << (self.bits - 1));
        let rank = rest.leading_zeros() as u8 + 1;
        if let Some(r) = self.regs.get_mut(idx) {
            if rank > *r {
                *r = rank;
            }
        }
    }

    pub(crate) fn merge(&mut self, other: &Hll) {
        if other.bits != self.bits {
            return;
        }
        for (a, b) in self.regs.iter_mut().zip(&other.regs) {
            *a = (*a).max(*b);
        }
    }

    pub(crate) fn estimate(&self) -> u64 {
        let m = self.regs.len() as f64;
        let sum: f64 = self.regs.iter().map(|&r| (-(r as f64)).exp2()).sum();
        let alpha = 0.7213 / (1.0 + 1.079 / m);
        let raw = alpha * m * m / sum;
        let zeros = self.regs.iter().filter(|&&r| r == 0).count();
        let est = if raw <= 2.5 * m && zeros > 0 {
            m * (m / zeros as f64).ln()
        } else {
            raw
        };
        est.round() as u64
    }
}

/// Statistics of one (path, category).
#[derive(Debug, Clone)]
pub(crate) struct FieldAcc {
    pub count: u64,
    pub confidence_sum: f64,
    pub evidence: Vec<&'static str>,
    pub leaf_hits: u64,
    pub span_hits: u64,
    pub example: Option<String>,
    pub distinct: Hll,
}

impl FieldAcc {
    pub(crate) fn new() -> FieldAcc {
        FieldAcc {
            count: 0,
            confidence_sum: 0.0,
            evidence: Vec::new(),
            leaf_hits: 0,
            span_hits: 0,
            example: None,
            distinct: Hll::new(8),
        }
    }

    pub(crate) fn merge(&mut self, o: &FieldAcc) {
        self.count += o.count;
        self.confidence_sum += o.confidence_sum;
        for e in &o.evidence {
            if !self.evidence.contains(e) {
                self.evidence.push(e);
            }
        }
        self.leaf_hits += o.leaf_hits;
        self.span_hits += o.span_hits;
        if self.example.is_none() {
            self.example.clone_from(&o.example);
        }
        self.distinct.merge(&o.distinct);
    }
}

/// Per-category totals.
#[derive(Debug, Clone)]
pub(crate) struct CategoryAcc {
    pub values: u64,
    pub records: u64,
    pub distinct: Hll,
}

/// Per-provider secret totals.
#[derive(Debug, Clone)]
pub(crate) struct SecretAcc {
    pub count: u64,
    pub distinct: Hll,
    pub paths: Vec<String>,
}

/// What a run found: mergeable statistics from which the report is built.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub(crate) fields: BTreeMap<(String, Category), FieldAcc>,
    pub(crate) leaves_per_path: BTreeMap<String, u64>,
    pub(crate) categories: BTreeMap<Category, CategoryAcc>,
    pub(crate) secrets: BTreeMap<(String, Category), SecretAcc>,
    pub(crate) records: u64,
    pub(crate) records_with_findings: u64,
    pub(crate) bytes: u64,
    pub(crate) leaves: u64,
    pub(crate) redacted: u64,
    pub(crate) redacted_by_category: [u64; Category::COUNT],
    pub(crate) line_errors: Vec<Error>,
    pub(crate) line_error_count: u64,
}

/// Most line errors kept in an outcome (the count is exact).
pub(crate) const MAX_LINE_ERRORS: usize = 1000;

impl Outcome {
    /// Adds the statistics of another run (e.g. another thread's share of an
    /// NDJSON file). Merge shares in input order to keep examples stable.
    pub fn merge(&mut self, other: Outcome) {
        for (k, v) in other.fields {
            match self.fields.get_mut(&k) {
                Some(acc) => acc.merge(&v),
                None => {
                    self.fields.insert(k, v);
                }
            }
        }
        for (k, v) in other.leaves_per_path {
            *self.leaves_per_path.entry(k).or_insert(0) += v;
        }
        for (k, v) in other.categories {
            match self.categories.get_mut(&k) {
                Some(acc) => {
                    acc.values += v.values;
                    acc.records += v.records;
                    acc.distinct.merge(&v.distinct);
                }
                None => {
                    self.categories.insert(k, v);
                }
            }
        }
        for (k, v) in other.secrets {
            match self.secrets.get_mut(&k) {
                Some(acc) => {
                    acc.count += v.count;
                    acc.distinct.merge(&v.distinct);
                    for p in v.paths {
                        if !acc.paths.contains(&p) {
                            acc.paths.push(p);
                        }
                    }
                }
                None => {
                    self.secrets.insert(k, v);
                }
            }
        }
        self.records += other.records;
        self.records_with_findings += other.records_with_findings;
        self.bytes += other.bytes;
        self.leaves += other.leaves;
        self.redacted += other.redacted;
        for (a, b) in self
            .redacted_by_category
            .iter_mut()
            .zip(other.redacted_by_category)
        {
            *a += b;
        }
        self.line_error_count += other.line_error_count;
        for e in other.line_errors {
            if self.line_errors.len() < MAX_LINE_ERRORS {
                self.line_errors.push(e);
            }
        }
    }

    /// Leaves or spans replaced.
    pub fn redacted_values(&self) -> u64 {
        self.redacted
    }

    /// Redacted values per category (categories with none are left out).
    pub fn redacted_by_category(&self) -> Vec<(Category, u64)> {
        Category::ALL
            .iter()
            .map(|&c| (c, self.redacted_by_category[c.index()]))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    /// Recoverable errors (broken NDJSON lines scanned as text); at most
    /// 1000 are kept, see [`Outcome::line_error_count`].
    pub fn line_errors(&self) -> &[Error] {
        &self.line_errors
    }

    /// Number of recoverable errors.
    pub fn line_error_count(&self) -> u64 {
        self.line_error_count
    }

    /// Records seen.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Bytes consumed.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// True when any personal data or secret was found.
    pub fn has_findings(&self) -> bool {
        !self.fields.is_empty()
    }

    /// The field report with its breach-impact summary.
    pub fn report(&self) -> Report {
        let mut fields = Vec::with_capacity(self.fields.len());
        for ((path, category), acc) in &self.fields {
            let leaves = self.leaves_per_path.get(path).copied().unwrap_or(acc.count);
            let mean = if acc.count > 0 {
                acc.confidence_sum / acc.count as f64
            } else {
                0.0
            };
            let scope = if acc.leaf_hits >= acc.span_hits {
                Scope::Leaf
            } else {
                Scope::Span
            };
            // Statistics across records: a field whose leaves consistently
            // hold this category is more certain than a stray match.
            let share = if leaves > 0 {
                (acc.leaf_hits as f64 / leaves as f64).min(1.0)
            } else {
                0.0
            };
            let confidence = match scope {
                Scope::Leaf => mean * (0.75 + 0.25 * share) + 0.1 * share * (1.0 - mean),
                Scope::Span => mean,
            };
            let mut evidence: Vec<String> = acc.evidence.iter().map(|e| e.to_string()).collect();
            evidence.sort();
            fields.push(FieldEntry {
                path: path.clone(),
                category: *category,
                confidence: (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0,
                count: acc.count,
                evidence,
                scope,
                leaves: Some(leaves),
                distinct: Some(acc.distinct.estimate().min(acc.count)),
                example: acc.example.clone(),
            });
        }
        Report {
            fields,
            summary: Some(self.summary()),
            stats: Some(Stats {
                bytes: self.bytes,
                records: self.records,
                leaves: self.leaves,
                redacted: self.redacted,
            }),
            errors: self
                .line_errors
                .iter()
                .map(|e| ReportedError {
                    code: e.code().to_string(),
                    line: e.position().map(|p| p.line).unwrap_or(0),
                    byte_offset: e.position().map(|p| p.byte_offset).unwrap_or(0),
                    message: e.message().to_string(),
                })
                .collect(),
        }
    }

    fn summary(&self) -> Summary {
        let mut categories = Vec::new();
        let mut special = Vec::new();
        for (&category, acc) in &self.categories {
            let paths: Vec<String> = self
                .fields
                .keys()
                .filter(|(_, c)| *c == category)
                .map(|(p, _)| p.clone())
                .collect();
            categories.push(CategoryImpact {
                category,
                records: acc.records,
                values: acc.values,
                distinct: acc.distinct.estimate().min(acc.values),
                fields: paths.len() as u64,
            });
            if category == Category::HealthMetric {
                special.push(SpecialCategory {
                    category,
                    article: super::special_categories::HEALTH.to_string(),
                    records: acc.records,
                    paths,
                });
            }
        }
        // Demographic fields whose key names a special category: one entry
        // per Art. 9 class. Its records are estimated from its commonest
        // field's leaves, capped by the records holding the category at
        // all (a list field has several leaves in one record).
        let mut by_basis: BTreeMap<&'static str, SpecialCategory> = BTreeMap::new();
        for ((path, category), acc) in &self.fields {
            if *category == Category::HealthMetric {
                continue;
            }
            let Some(basis) = super::special_categories::art9_basis(*category, path) else {
                continue;
            };
            let entry = by_basis.entry(basis).or_insert_with(|| SpecialCategory {
                category: *category,
                article: basis.to_string(),
                records: 0,
                paths: Vec::new(),
            });
            entry.records = entry.records.max(acc.count);
            entry.paths.push(path.clone());
        }
        special.extend(by_basis.into_values().map(|mut s| {
            if let Some(acc) = self.categories.get(&s.category) {
                s.records = s.records.min(acc.records);
            }
            s
        }));
        categories.sort_by(|a, b| b.records.cmp(&a.records).then(a.category.cmp(&b.category)));
        let mut secrets: Vec<SecretRotation> = self
            .secrets
            .iter()
            .map(|((provider, category), acc)| {
                let mut paths = acc.paths.clone();
                paths.sort();
                SecretRotation {
                    provider: provider.clone(),
                    category: *category,
                    count: acc.count,
                    distinct: acc.distinct.estimate().min(acc.count),
                    paths,
                }
            })
            .collect();
        secrets.sort_by(|a, b| b.count.cmp(&a.count).then(a.provider.cmp(&b.provider)));
        Summary {
            records: self.records,
            records_with_findings: self.records_with_findings,
            categories,
            secrets_to_rotate: secrets,
            gdpr_special_categories: special,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hll_estimates_within_a_few_percent() {
        let mut h = Hll::new(12);
        for i in 0..100_000u64 {
            h.add(hash64(format!("user{i}@example.com").as_bytes()));
        }
        let e = h.estimate() as f64;
        assert!((e - 100_000.0).abs() / 100_000.0 < 0.05, "{e}");
        let mut small = Hll::new(8);
        for _ in 0..10 {
            small.add(hash64(b"same"));
        }
        assert_eq!(small.estimate(), 1);
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(hash64(b"abc"), hash64(b"abc"));
        assert_ne!(hash64(b"abc"), hash64(b"abd"));
    }
}
