//! The command line, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

fn whosaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

#[test]
fn annotate_jsonl_with_code_point_offsets_names_each_file() {
    let folder = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let first = folder.join("first.txt");
    let second = folder.join("second.txt");
    std::fs::write(&first, "“Café 😀 prices rose,” said Zoë Brandt.").unwrap();
    std::fs::write(&second, "No quotes here.").unwrap();
    let output = whosaid()
        .args(["annotate", "--format", "jsonl", "--offsets", "chars"])
        .arg(&first)
        .arg(&second)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], first.display().to_string());
    assert_eq!(lines[1]["file"], second.display().to_string());
    let part = &lines[0]["quotes"][0]["content"][0];
    let text = std::fs::read_to_string(&first).unwrap();
    let (start, end) = (
        part["start"].as_u64().unwrap() as usize,
        part["end"].as_u64().unwrap() as usize,
    );
    let sliced: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(sliced, "“Café 😀 prices rose,”");
    std::fs::remove_dir_all(&folder).unwrap();
}

#[test]
fn annotate_reads_standard_input() {
    let mut child = whosaid()
        .args(["annotate"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Officials said the road was closed.".as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(document["quotes"].as_array().unwrap().len(), 1);
}

#[test]
fn bad_input_gets_a_clear_message_and_a_failure_code() {
    let missing = whosaid()
        .args(["annotate", "/nonexistent/article.txt"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/article.txt"));

    let folder = std::env::temp_dir().join(format!("whosaid-cli-binary-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let binary = folder.join("binary.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let output = whosaid().arg("annotate").arg(&binary).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("UTF-8"));
    std::fs::remove_dir_all(&folder).unwrap();

    let bad_unit = whosaid()
        .args(["annotate", "--offsets", "furlongs"])
        .output()
        .unwrap();
    assert!(!bad_unit.status.success());
}

#[test]
fn eval_reports_a_missing_corpus_by_name() {
    let output = whosaid()
        .args(["eval", "polnear", "/nonexistent/polnear/dev"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("/nonexistent/polnear/dev"));
}
