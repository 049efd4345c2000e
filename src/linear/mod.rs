//! Linear models over hashed features, shared by the learned parts of the
//! pipeline (the cue detector and the check-worthiness model). A model is
//! stored as text so that the generated file can carry its "do not edit"
//! header and be reviewed.
//!
//! File format: lines starting with `#` are
//! comments; then `buckets N`, `scale S`, `bias B`, `threshold T`, and the
//! weights as one line per 64 buckets of two hexadecimal digits each, a
//! signed byte `q` meaning the weight `q * S`.

#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::error::Error;

/// Number of hash buckets of every model (a power of two).
pub const BUCKETS: usize = 1 << 14;

/// A feature template's id: FNV-1a over the template's name and a
/// separator byte, computed at compile time. Stable across platforms and
/// Rust versions, so that trained weights keep their meaning (the value of
/// `template("w")` is pinned by a test).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeatureHash(u32);

impl FeatureHash {
    const PRIME: u32 = 0x0100_0193;

    /// The id of the template called `name`.
    pub const fn template(name: &str) -> FeatureHash {
        let bytes = name.as_bytes();
        // FNV-1a's offset basis, the name's bytes, then the separator.
        let mut hash: u32 = 0x811c_9dc5;
        let mut index = 0;
        while index < bytes.len() {
            hash ^= bytes[index] as u32;
            hash = hash.wrapping_mul(FeatureHash::PRIME);
            index += 1;
        }
        FeatureHash((hash ^ 0x1f).wrapping_mul(FeatureHash::PRIME))
    }
}

/// The bucket of a feature made of a template and two parts that are
/// already hashed (word hashes, or small numbers standing for a class or a
/// flag; 0 when the template has one part). Mixing three 32-bit values costs
/// a few multiplications, where re-hashing a word for each of the many
/// features it takes part in would cost a multiplication per byte each time.
/// The result is the same on every platform (the arithmetic is on `u64`).
#[inline]
pub const fn combined_feature(template: FeatureHash, first: u32, second: u32) -> usize {
    let mut mixed = (template.0 as u64) ^ ((first as u64) << 32);
    mixed ^= (second as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    mixed ^= mixed >> 31;
    mixed = mixed.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    mixed ^= mixed >> 29;
    mixed = mixed.wrapping_mul(0x94d0_49bb_1331_11eb);
    mixed ^= mixed >> 32;
    (mixed as u32) as usize % BUCKETS
}

/// The word hash standing for a neighbour that is not there (before the
/// first or after the last token a feature may look at), shared by the
/// learned models' neighbour features.
pub const EDGE_WORD: u32 = crate::wordset::word_hash("<edge>");

/// The log-odds of a probability: the weight sum at which a model's
/// probability reaches it (minus or plus infinity at 0 and 1).
pub fn log_odds(probability: f32) -> f32 {
    if probability <= 0.0 {
        f32::NEG_INFINITY
    } else if probability >= 1.0 {
        f32::INFINITY
    } else {
        (probability / (1.0 - probability)).ln()
    }
}

/// A linear model over hashed features.
#[derive(Clone, Debug, PartialEq)]
pub struct LinearModel {
    /// One weight per bucket.
    pub weights: Vec<f32>,
    /// The intercept.
    pub bias: f32,
    /// The score from which an example counts as positive.
    pub threshold: f32,
}

/// The value of one hexadecimal digit, either case.
fn hex_digit(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

fn corrupt(line: usize, reason: impl Into<String>) -> Error {
    Error::CorruptModel {
        line,
        reason: reason.into(),
    }
}

impl LinearModel {
    /// The model's probability for an example with these feature buckets.
    pub fn score_buckets(&self, buckets: &[usize]) -> f32 {
        1.0 / (1.0 + (-self.weight_sum(buckets)).exp())
    }

    /// The sum of the weights of these feature buckets and the bias: the
    /// example's log-odds, before the logistic function.
    pub fn weight_sum(&self, buckets: &[usize]) -> f32 {
        self.bias
            + buckets
                .iter()
                .map(|&bucket| self.weights[bucket])
                .sum::<f32>()
    }

    /// The threshold as log-odds: an example reaches the threshold when its
    /// [`LinearModel::weight_sum`] reaches this, which spares the many
    /// examples far from it an exponential.
    pub fn threshold_log_odds(&self) -> f32 {
        log_odds(self.threshold)
    }

    /// Parses the text format described in the module docs.
    pub fn parse(text: &str) -> Result<LinearModel, Error> {
        let mut scale = None;
        let mut bias = None;
        let mut threshold = None;
        let mut weights: Vec<f32> = Vec::with_capacity(BUCKETS);
        for (number, line) in text.lines().enumerate() {
            let number = number + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // "key value" lines have whitespace after the key; weight lines
            // are one run of hex digits. (Splitting every line into all its
            // whitespace-separated fields cost more than decoding them; one
            // pass over the bytes finds the gap.)
            let (key, value) = match line.bytes().position(|byte| byte.is_ascii_whitespace()) {
                Some(gap) => (&line[..gap], line[gap..].split_whitespace().next()),
                None => (line, None),
            };
            let parse_float = |value: Option<&str>| -> Result<f32, Error> {
                value
                    .and_then(|v| v.parse::<f32>().ok())
                    .ok_or_else(|| corrupt(number, "expected a number"))
            };
            match key {
                "buckets" => {
                    if value != Some(BUCKETS.to_string().as_str()) {
                        return Err(corrupt(
                            number,
                            format!("model has {value:?} buckets, code expects {BUCKETS}"),
                        ));
                    }
                }
                "scale" => scale = Some(parse_float(value)?),
                "bias" => bias = Some(parse_float(value)?),
                "threshold" => threshold = Some(parse_float(value)?),
                hex => {
                    let scale = scale.ok_or_else(|| corrupt(number, "weights before scale"))?;
                    if hex.len() % 2 != 0 {
                        return Err(corrupt(number, "odd number of hex digits"));
                    }
                    // Decoded by hand, digit by digit: the embedded models
                    // hold 64 KiB of weights, parsed before the first
                    // annotation, and a string conversion per byte made that
                    // most of the page's first annotation.
                    for pair in hex.as_bytes().chunks_exact(2) {
                        let (Some(high), Some(low)) = (hex_digit(pair[0]), hex_digit(pair[1]))
                        else {
                            return Err(corrupt(number, "not hex"));
                        };
                        weights.push(f32::from(((high << 4) | low) as i8) * scale);
                    }
                }
            }
        }
        if weights.len() != BUCKETS {
            return Err(corrupt(
                0,
                format!("{} weights, expected {BUCKETS}", weights.len()),
            ));
        }
        Ok(LinearModel {
            weights,
            bias: bias.ok_or_else(|| corrupt(0, "no bias"))?,
            threshold: threshold.ok_or_else(|| corrupt(0, "no threshold"))?,
        })
    }

    /// Writes the model in the text format, quantising weights to signed bytes.
    pub fn to_text(&self, header: &str) -> String {
        let largest = self
            .weights
            .iter()
            .fold(0f32, |m, w| m.max(w.abs()))
            .max(1e-6);
        let scale = largest / 127.0;
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!(
            "buckets {BUCKETS}\nscale {scale:e}\nbias {}\nthreshold {}\n",
            self.bias, self.threshold
        ));
        for chunk in self.weights.chunks(64) {
            for weight in chunk {
                let quantised = (weight / scale).round().clamp(-127.0, 127.0) as i8;
                out.push_str(&format!("{:02x}", quantised as u8));
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{LinearModel, BUCKETS};

    /// A model text with every weight byte given by `weight_hex` (two hex digits).
    fn model_text(weight_hex: &str) -> String {
        let line = weight_hex.repeat(64);
        let mut text =
            format!("# a test model\nbuckets {BUCKETS}\nscale 0.5\nbias 1\nthreshold 0.4\n");
        for _ in 0..BUCKETS / 64 {
            text.push_str(&line);
            text.push('\n');
        }
        text
    }

    #[test]
    fn weights_are_signed_bytes_times_the_scale_in_either_case_of_hex() {
        for (hex, weight) in [("7f", 63.5), ("81", -63.5), ("FE", -1.0), ("00", 0.0)] {
            let model = LinearModel::parse(&model_text(hex)).unwrap();
            assert_eq!(model.weights.len(), BUCKETS);
            assert!(model.weights.iter().all(|&w| w == weight), "{hex}");
            assert_eq!((model.bias, model.threshold), (1.0, 0.4));
        }
        // A key and its value may be apart by any whitespace.
        let tabbed = model_text("02").replace("scale 0.5", "scale\t 0.5");
        assert!(LinearModel::parse(&tabbed)
            .unwrap()
            .weights
            .iter()
            .all(|&w| w == 1.0));
        // Written and read back, a model keeps its quantised weights.
        let model = LinearModel::parse(&model_text("c3")).unwrap();
        assert_eq!(LinearModel::parse(&model.to_text("again")).unwrap(), model);
    }

    #[test]
    fn a_corrupt_weight_line_is_an_error_naming_its_line() {
        let mut text = model_text("10");
        text = text.replacen("1010", "10zz", 1);
        let error = LinearModel::parse(&text).unwrap_err().to_string();
        assert!(error.contains("line 6: not hex"), "{error}");
        let odd = model_text("10").replacen("1010", "101", 1);
        let error = LinearModel::parse(&odd).unwrap_err().to_string();
        assert!(error.contains("odd number of hex digits"), "{error}");
    }
}
