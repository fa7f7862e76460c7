//! The automatic numbering of Word's lists (`word/numbering.xml`): the
//! "1.", "a)", "II." Word draws before a list item is written before its
//! text, as the reader of the document sees it; a bullet is written "-".

use std::collections::HashMap;

use quick_xml::events::Event;

use super::package;
use super::xmlwalk::local;
use crate::diag::diagnostic::Message;

/// One level of a list: its first number, its kind of number and its
/// label's pattern (`%1.%2.`).
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

#[derive(Debug, Default)]
pub(super) struct Numbering {
    /// A list (`w:num`) and the abstract list it counts with.
    lists: HashMap<u32, String>,
    levels: HashMap<(String, u8), Level>,
    /// The current numbers of each abstract list, level by level.
    counters: HashMap<String, [u32; 9]>,
}

impl Numbering {
    pub fn parse(xml: &str) -> Result<Self, Message> {
        let mut numbering = Numbering::default();
        let mut reader = package::xml(xml);
        let (mut abstract_id, mut level, mut num) = (String::new(), None::<u8>, None::<u32>);
        // Inside a w:num, whose level overrides are not read.
        let mut in_num = false;
        loop {
            let (e, empty) = match package::next(&mut reader)? {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) if e.local_name().into_inner() == "num" => {
                    in_num = false;
                    continue;
                }
                Event::Eof => return Ok(numbering),
                _ => continue,
            };
            let value = || package::attribute(&e, "w:val").unwrap_or_default();
            match local(&e) {
                "abstractNum" => {
                    abstract_id = package::attribute(&e, "w:abstractNumId").unwrap_or_default();
                }
                "lvl" if !empty => {
                    level = package::attribute(&e, "w:ilvl")
                        .and_then(|l| l.parse().ok())
                        .filter(|_| !in_num);
                }
                "num" if !empty => {
                    in_num = true;
                    num = package::attribute(&e, "w:numId").and_then(|n| n.parse().ok());
                }
                "abstractNumId" => {
                    if let Some(id) = num.take() {
                        numbering.lists.insert(id, value());
                    }
                }
                name @ ("start" | "numFmt" | "lvlText") => {
                    if let Some(l) = level.filter(|&l| l < 9) {
                        let entry = numbering
                            .levels
                            .entry((abstract_id.clone(), l))
                            .or_default();
                        match name {
                            "start" => entry.start = value().parse().unwrap_or(1),
                            "numFmt" => entry.format = value(),
                            _ => entry.text = value(),
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The label of the next item of list `list` at level `level`, if the
    /// list is known.
    pub fn label(&mut self, list: u32, level: u8) -> Option<String> {
        let id = self.lists.get(&list)?.clone();
        let at = usize::from(level.min(8));
        let levels: Vec<Level> = (0..=at as u8)
            .map(|l| {
                self.levels
                    .get(&(id.clone(), l))
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        let counters = self.counters.entry(id).or_insert([0; 9]);
        // 0 stands for a level not counted yet (lists start at 1 or more).
        counters[at] = match counters[at] {
            0 => levels[at].start.max(1),
            n => n.saturating_add(1),
        };
        counters[at + 1..].iter_mut().for_each(|c| *c = 0);
        let level = &levels[at];
        match level.format.as_str() {
            "bullet" => return Some("-".to_string()),
            "none" => return None,
            _ => {}
        }
        let mut label = level.text.clone();
        for (l, def) in levels.iter().enumerate() {
            let n = if counters[l] == 0 {
                def.start.max(1)
            } else {
                counters[l]
            };
            label = label.replace(&format!("%{}", l + 1), &number(n, &def.format));
        }
        Some(label).filter(|l| !l.trim().is_empty())
    }
}

/// `n` written as a level's kind of number writes it.
fn number(n: u32, format: &str) -> String {
    match format {
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerLetter" => letter(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value && out.len() < 32 {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// a, b … z, aa, bb … as Word counts letters.
fn letter(n: u32) -> String {
    let n = n.max(1) - 1;
    let c = char::from(b'a' + (n % 26) as u8);
    c.to_string().repeat((n / 26 + 1).min(8) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
        <w:abstractNum w:abstractNumId="7">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
          <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
      </w:numbering>"#;

    #[test]
    fn labels_count_per_level_as_word_draws_them() {
        let mut numbering = Numbering::parse(XML).unwrap();
        let labels: Vec<Option<String>> = [0, 1, 1, 2, 3, 2, 0, 1]
            .iter()
            .map(|&level| numbering.label(3, level))
            .collect();
        let labels: Vec<&str> = labels.iter().map(|l| l.as_deref().unwrap_or("")).collect();
        assert_eq!(
            labels,
            ["I.", "I.1.", "I.2.", "a)", "-", "b)", "II.", "II.1."]
        );
        assert_eq!(numbering.label(9, 0), None);
    }

    #[test]
    fn numbers_are_written_in_their_kind() {
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!(letter(28), "bb");
        assert_eq!(number(4, "decimalZero"), "04");
    }
}
