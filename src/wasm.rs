//! The JavaScript surface (wasm32 only): a thin shell over [`crate::annotate`].
//!
//! Offsets default to UTF-16 code units, so that `text.slice(start, end)` in
//! JavaScript gives back exactly the annotated text. Errors become `JsError`
//! with the library's message. A panic cannot be caught inside the module
//! (release builds abort), so a panic hook records its message first and
//! `lastPanicMessage()` lets the page show it instead of dying silently.

use crate::output::packed::{kind_names, PackedDocument};
use crate::{analyze, annotate as annotate_text, Error, OffsetUnit, Options};
use std::sync::Mutex;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The module's memory allocator: talc instead of the standard library's
/// dlmalloc.
// SAFETY: `TalckWasm` skips locking, which is sound only where one thread
// runs the module; wasm32-unknown-unknown without the atomics feature (how
// scripts/build-wasm.sh builds) has exactly one.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

#[wasm_bindgen(start)]
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(info.to_string());
        }
    }));
}

/// The message of the last panic inside the module, if any.
#[wasm_bindgen(js_name = lastPanicMessage)]
pub fn last_panic_message() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|last| last.clone())
}

/// A library error as the `JsError` JavaScript sees, with the same message.
fn js_error(error: Error) -> JsError {
    JsError::new(&error.to_string())
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

const KNOWN_OPTIONS: [&str; 2] = ["offsets", "claims"];

/// What JavaScript gets for an option it leaves out: string indices, and
/// claims on.
const JS_DEFAULTS: Options = Options {
    offsets: OffsetUnit::Utf16,
    claims: true,
};

fn parse_options(options: JsValue) -> Result<Options, Error> {
    if options.is_undefined() || options.is_null() {
        return Ok(JS_DEFAULTS);
    }
    // A misspelt option must not pass silently: check the keys first.
    let object = options
        .dyn_ref::<js_sys::Object>()
        .ok_or_else(|| Error::BadOptionsObject("not an object".to_string()))?;
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !KNOWN_OPTIONS.contains(&key.as_str()) {
            return Err(Error::BadOptionsObject(format!(
                "unknown option {key:?}; known options are {KNOWN_OPTIONS:?}"
            )));
        }
    }
    // Each option is read directly rather than through serde, whose error
    // messages would bring the standard library's float formatting (about
    // 18 KB) into the module.
    let field = |name: &str| {
        js_sys::Reflect::get(object, &JsValue::from_str(name))
            .ok()
            .filter(|value| !value.is_undefined())
    };
    let offsets = match field("offsets") {
        None => JS_DEFAULTS.offsets,
        Some(value) => value
            .as_string()
            .ok_or_else(|| {
                Error::BadOptionsObject("option \"offsets\" must be a string".to_string())
            })?
            .parse()?,
    };
    let claims = match field("claims") {
        None => JS_DEFAULTS.claims,
        Some(value) => value.as_bool().ok_or_else(|| {
            Error::BadOptionsObject("option \"claims\" must be true or false".to_string())
        })?,
    };
    Ok(Options { offsets, claims })
}

/// Annotates `text` and returns the document (speakers, quotes, claims) as
/// a plain object. `options`: `{offsets: "utf16" | "utf8" | "chars", claims: boolean}`,
/// both optional.
#[wasm_bindgen]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options).map_err(js_error)?;
    let document = annotate_text(text, &options).map_err(js_error)?;
    // One JSON string parsed by the engine's `JSON.parse` is much faster for
    // long texts than building the objects one call at a time across the
    // boundary (18.7 against 15.5 MB/s on 10 MB in Chromium).
    let json = serde_json::to_string(&document)
        .map_err(|error| JsError::new(&format!("could not convert the document: {error}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not convert the document"))
}

/// Annotates `text` like [`annotate`] and returns the document packed as
/// `[numbers: Uint32Array, names: string]` ([`PackedDocument`]), which
/// `www/core.js` turns back into the same object much faster than
/// `JSON.parse` reads the JSON. Offsets are always UTF-16 code units; asking
/// for another unit is an error (the JSON path serves those).
#[wasm_bindgen(js_name = annotatePacked)]
pub fn annotate_packed(text: &str, options: JsValue) -> Result<js_sys::Array, JsError> {
    let options = parse_options(options).map_err(js_error)?;
    if options.offsets != OffsetUnit::Utf16 {
        return Err(JsError::new(
            "packed documents have UTF-16 offsets; use annotate for other units",
        ));
    }
    let analysis = analyze(text, options.claims).map_err(js_error)?;
    let packed = PackedDocument::from_analysis(&analysis);
    let numbers = js_sys::Uint32Array::from(packed.numbers.as_slice());
    Ok(js_sys::Array::of2(
        &numbers,
        &JsValue::from_str(&packed.names),
    ))
}

/// The names of the packed kind numbers, as JSON:
/// `{"speaker": [...], "quote": [...], "claim": [...]}`.
#[wasm_bindgen(js_name = packedKindNames)]
pub fn packed_kind_names() -> String {
    kind_names()
}

/// Runs the whole pipeline over `text` (UTF-16 offsets, claims on) and
/// returns only the number of quotes found, without building the result
/// object: the benchmark page uses it to tell the pipeline's own speed from
/// the cost of handing a large document to JavaScript.
#[wasm_bindgen(js_name = countQuotes)]
pub fn count_quotes(text: &str) -> Result<usize, JsError> {
    let options = Options {
        offsets: OffsetUnit::Utf16,
        claims: true,
    };
    annotate_text(text, &options)
        .map(|document| document.quotes.len())
        .map_err(js_error)
}
