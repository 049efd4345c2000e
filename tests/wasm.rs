//! Tests of the JavaScript surface, run in headless Chromium by
//! `wasm-bindgen-test-runner` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "Café prices rose again. Zoë Brandt said: “Prices rose 5% in May 😀.”\n\n“We’ll see,” the mayor’s spokeswoman said.";

fn document(text: &str, options: JsValue) -> serde_json::Value {
    let value = whosaid::wasm::annotate(text, options).expect("annotate succeeds");
    serde_wasm_bindgen::from_value(value).expect("the document is plain JSON")
}

fn js_slice(text: &str, span: &serde_json::Value) -> String {
    let start = span["start"].as_u64().expect("start") as u32;
    let end = span["end"].as_u64().expect("end") as u32;
    js_sys::JsString::from(text).slice(start, end).into()
}

#[wasm_bindgen_test]
fn offsets_are_javascript_string_indices() {
    let doc = document(ARTICLE, JsValue::UNDEFINED);
    let quotes = doc["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 2);
    assert_eq!(
        js_slice(ARTICLE, &quotes[0]["content"][0]),
        "“Prices rose 5% in May 😀.”"
    );
    assert_eq!(js_slice(ARTICLE, &quotes[0]["source"]), "Zoë Brandt");
    assert_eq!(js_slice(ARTICLE, &quotes[1]["content"][0]), "“We’ll see,”");
    assert_eq!(js_slice(ARTICLE, &quotes[1]["cue"]), "said");
    let speaker = &doc["speakers"][0];
    assert_eq!(speaker["name"], "Zoë Brandt");
    for mention in speaker["mentions"].as_array().expect("mentions") {
        assert_eq!(
            js_slice(ARTICLE, mention),
            mention["text"].as_str().expect("text")
        );
    }
}

#[wasm_bindgen_test]
fn other_offset_units_can_be_asked_for() {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"offsets".into(), &"utf8".into()).expect("set");
    let doc = document(ARTICLE, options.into());
    let part = &doc["quotes"][0]["content"][0];
    let (start, end) = (
        part["start"].as_u64().expect("start") as usize,
        part["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&ARTICLE[start..end], "“Prices rose 5% in May 😀.”");
}

#[wasm_bindgen_test]
fn bad_options_become_errors_with_a_message() {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"offsets".into(), &"furlongs".into()).expect("set");
    let error =
        whosaid::wasm::annotate(ARTICLE, options.into()).expect_err("unknown unit is refused");
    let error: js_sys::Error = JsValue::from(error).into();
    let message: String = error.message().into();
    assert!(message.contains("furlongs"), "{message}");

    let unknown = js_sys::Object::new();
    js_sys::Reflect::set(&unknown, &"colour".into(), &"red".into()).expect("set");
    assert!(whosaid::wasm::annotate(ARTICLE, unknown.into()).is_err());

    // A value of the wrong type names the option and what it takes.
    for (name, value, expected) in [
        ("claims", JsValue::from_str("yes"), "true or false"),
        ("offsets", JsValue::from_f64(16.0), "must be a string"),
    ] {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &name.into(), &value).expect("set");
        let error = whosaid::wasm::annotate(ARTICLE, options.into()).expect_err("refused");
        let error: js_sys::Error = JsValue::from(error).into();
        let message: String = error.message().into();
        assert!(
            message.contains(name) && message.contains(expected),
            "{message}"
        );
    }
    // Undefined is the same as leaving the option out.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"claims".into(), &JsValue::UNDEFINED).expect("set");
    assert!(whosaid::wasm::annotate(ARTICLE, options.into()).is_ok());
}

#[wasm_bindgen_test]
fn empty_and_hostile_text_give_empty_documents() {
    for text in [
        "",
        "   \n\n ",
        "\u{0}\u{0}",
        "“““““",
        "<script>alert(1)</script>",
    ] {
        let doc = document(text, JsValue::NULL);
        assert!(
            doc["quotes"].as_array().expect("quotes").is_empty(),
            "{text:?}"
        );
    }
}

#[wasm_bindgen_test]
fn count_quotes_agrees_with_the_document() {
    let text = "“We will win,” said Mayor Rosa Lind. She added that taxes would fall.";
    let quotes = document(text, JsValue::UNDEFINED)["quotes"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(whosaid::wasm::count_quotes(text).ok(), Some(quotes));
    assert_eq!(quotes, 2);
}
