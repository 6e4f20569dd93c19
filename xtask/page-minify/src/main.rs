//! `page-minify <file>...`: minifies each `.css` file with lightningcss and
//! each `.html` file with minify-html, in place, with the settings Trunk
//! itself uses; other files are refused.

use std::fs;
use std::process::ExitCode;

fn main() -> ExitCode {
    for path in std::env::args().skip(1) {
        if let Err(message) = minify(&path) {
            eprintln!("page-minify: {path}: {message}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn minify(path: &str) -> Result<(), String> {
    let source = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let minified = match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => stylesheet(&source)?.into_bytes(),
        Some("html") => page(&source),
        _ => return Err("neither a stylesheet (.css) nor a page (.html)".into()),
    };
    fs::write(path, minified).map_err(|e| e.to_string())
}

fn stylesheet(source: &str) -> Result<String, String> {
    use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
    let mut sheet = StyleSheet::parse(source, ParserOptions::default()).map_err(|e| e.to_string())?;
    sheet.minify(MinifyOptions::default()).map_err(|e| e.to_string())?;
    let printed =
        sheet.to_css(PrinterOptions { minify: true, ..PrinterOptions::default() }).map_err(|e| e.to_string())?;
    Ok(printed.code)
}

fn page(source: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::spec_compliant();
    cfg.minify_css = true;
    cfg.minify_js = true;
    cfg.keep_closing_tags = true;
    minify_html::minify(source.as_bytes(), &cfg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_and_the_page_lose_their_comments_and_keep_their_rules() {
        let css = stylesheet(include_str!("../../../src/style.css")).unwrap();
        assert!(!css.contains("/*") && css.contains(".rf-noscript{"), "{css:.300}");
        assert!(css.contains("clamp(1.5rem,1.2rem + 1.5vw,2.1rem)"), "math keeps its spaces");
        let html = String::from_utf8(page(include_str!("../../../index.html"))).unwrap();
        assert!(!html.contains("<!--") && html.contains("id=rf-unavailable"), "{html:.400}");
    }
}
