//! Keys that name a product's or a document's code: a drug's NDC, a
//! barcode (UPC, EAN, GTIN), a book's ISBN or a serial's ISSN, a SKU, a
//! manufacturer's part, model or catalog number, a lot or batch. Their
//! values are codes written in groups of digits (`fda_ndc_code:
//! "0378-6150-01"`, `part_number: "800-555-1234"`), which are no one's
//! phone number. A value that is PII by any other shape (an e-mail, a
//! card) is still read as under any key.

use super::split_words;

/// Evidence of a product-code key (see the module documentation).
pub(crate) const PRODUCT_CODE: &str = "key:product_code";

/// Last words that name a code on their own (`ndc`, `item_sku`, `ean13`).
const CODE_WORDS: &[&str] = &[
    "ndc", "upc", "ean", "gtin", "isbn", "issn", "sku", "mpn", "asin", "barcode", "batch", "jan",
    "itf",
];

/// Last two words that name a code (`part_number`, `lotNo`, `fda_ndc_code`).
const CODE_PAIRS: &[(&str, &str)] = &[
    ("part", "number"),
    ("part", "no"),
    ("part", "nr"),
    ("model", "number"),
    ("model", "no"),
    ("model", "nr"),
    ("catalog", "number"),
    ("catalogue", "number"),
    ("catalog", "no"),
    ("cat", "no"),
    ("lot", "number"),
    ("lot", "no"),
    ("lot", "nr"),
    ("batch", "number"),
    ("batch", "no"),
    ("batch", "nr"),
    ("ndc", "code"),
    ("product", "code"),
    ("item", "code"),
    ("article", "number"),
    ("article", "no"),
    ("style", "number"),
    ("sku", "code"),
    ("upc", "code"),
    ("ean", "code"),
    ("isbn", "number"),
];

/// Whole keys that name a code only standing alone (`lot`; `parking_lot`
/// is not one, nor is `pilot`).
const CODE_KEYS: &[&str] = &[
    "lot",
    "artikelnummer",
    "teilenummer",
    "chargennummer",
    "charge",
];

/// Whether `key` names a product's or document's code.
pub(crate) fn is_product_code_key(key: &str) -> bool {
    // Cheap reject before splitting: codes keys are short.
    if key.is_empty() || key.len() > 40 {
        return false;
    }
    let mut words = split_words(key);
    // `ndc11`, `ean13`, `isbn_10`: the digits name the code's length.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        words.pop();
    }
    match words.as_slice() {
        [] => false,
        [only] if CODE_KEYS.contains(&only.as_str()) => true,
        [.., last] if CODE_WORDS.contains(&last.as_str()) => true,
        [.., a, b] => CODE_PAIRS
            .iter()
            .any(|(x, y)| a.as_str() == *x && b.as_str() == *y),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_product_code_key;

    #[test]
    fn codes2_product_code_keys() {
        for k in [
            "fda_ndc_code",
            "ndc",
            "ndc11",
            "NDC",
            "isbn",
            "isbn_13",
            "issn",
            "ean",
            "ean13",
            "upc",
            "gtin",
            "gtin14",
            "sku",
            "itemSku",
            "mpn",
            "asin",
            "part_number",
            "partNo",
            "model_number",
            "catalog_number",
            "lot_number",
            "lotNumber",
            "lot",
            "batch",
            "batch_no",
            "product_code",
            "barcode",
        ] {
            assert!(is_product_code_key(k), "{k}");
        }
        for k in [
            "phone",
            "pilot",
            "parking_lot",
            "number",
            "phone_number",
            "code",
            "zip_code",
            "order_number",
            "serial_number",
            "batch_size",
            "sku_count",
            "",
        ] {
            assert!(!is_product_code_key(k), "{k}");
        }
    }
}
