//! Measurement against annotated corpora (native only): attribution on
//! PolNeAR, check-worthiness on ClaimBuster and CheckThat! 2019.

pub mod claims;
pub mod polnear;
