//! whosaid's integration tests, one binary with shared helpers (as ripgrep
//! does): every module exercises the public API on articles written for
//! these tests, and checks offsets by slicing the input.

mod attribution;
mod claims;
mod cli;
mod corpora;
mod hashing;
mod helpers;
mod hostile;
mod offsets;
mod properties;
mod quotes;
