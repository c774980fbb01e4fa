//! A small, bounded XML tree for SOAP responses. Namespace prefixes are dropped (servers
//! differ in the prefixes they pick), element order is free, unknown elements are kept
//! and ignored by the reader. Limits on depth and element count turn a hostile response
//! into an error instead of a stack overflow or unbounded memory; the caller bounds the
//! input size.

use anyhow::{bail, Context, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

const MAX_DEPTH: usize = 64;
const MAX_ELEMENTS: usize = 500_000;

#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Element {
    /// Local name, without prefix.
    pub(crate) name: String,
    /// Attributes by local name (`xsi:type` is `type`).
    pub(crate) attrs: Vec<(String, String)>,
    pub(crate) text: String,
    pub(crate) children: Vec<Element>,
}

impl Element {
    pub(crate) fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    pub(crate) fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The first descendant (or self) with this name, depth first.
    pub(crate) fn find(&self, name: &str) -> Option<&Element> {
        let mut todo = vec![self];
        while let Some(e) = todo.pop() {
            if e.name == name {
                return Some(e);
            }
            todo.extend(e.children.iter().rev());
        }
        None
    }

    /// Text of the named child, trimmed.
    pub(crate) fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.trim())
    }

    /// The named child's text parsed as a number, with an error naming the field.
    pub(crate) fn child_num<T: std::str::FromStr>(&self, name: &str) -> Result<T> {
        let text = self.child_text(name).with_context(|| format!("<{}> has no <{name}>", self.name))?;
        text.parse().map_err(|_| anyhow::anyhow!("<{name}> is {text:?}, not a number"))
    }
}

fn local(name: &[u8]) -> String {
    let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
    String::from_utf8_lossy(local).into_owned()
}

fn element(start: &BytesStart) -> Result<Element> {
    let mut attrs = Vec::new();
    for a in start.attributes() {
        let a = a.context("malformed attribute")?;
        attrs.push((local(a.key.as_ref()), a.unescape_value().context("bad attribute value")?.into_owned()));
    }
    Ok(Element { name: local(start.name().as_ref()), attrs, ..Element::default() })
}

/// Parse a whole document into its root element.
pub(crate) fn parse(bytes: &[u8]) -> Result<Element> {
    let text = std::str::from_utf8(bytes).context("response is not UTF-8")?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut count = 0usize;
    loop {
        let event =
            reader.read_event().with_context(|| format!("malformed XML at byte {}", reader.buffer_position()))?;
        match event {
            Event::Start(s) | Event::Empty(s) if root.is_some() => {
                let _ = s;
                bail!("content after the document element");
            }
            Event::Start(s) => {
                count += 1;
                if stack.len() >= MAX_DEPTH || count > MAX_ELEMENTS {
                    bail!("XML nested deeper than {MAX_DEPTH} or larger than {MAX_ELEMENTS} elements");
                }
                stack.push(element(&s)?);
            }
            Event::Empty(s) => {
                count += 1;
                if count > MAX_ELEMENTS {
                    bail!("XML larger than {MAX_ELEMENTS} elements");
                }
                let e = element(&s)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(e),
                    None => root = Some(e),
                }
            }
            Event::End(_) => {
                let e = stack.pop().context("unbalanced end tag")?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(e),
                    None => root = Some(e),
                }
            }
            Event::Text(t) => {
                if let Some(cur) = stack.last_mut() {
                    cur.text.push_str(&t.unescape().context("bad text or unknown entity")?);
                }
            }
            Event::CData(c) => {
                if let Some(cur) = stack.last_mut() {
                    cur.text.push_str(&String::from_utf8_lossy(&c));
                }
            }
            Event::DocType(_) => bail!("DOCTYPE is not allowed in a SOAP response"),
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        bail!("XML ended inside <{}>", stack.last().map(|e| e.name.as_str()).unwrap_or("?"));
    }
    root.context("empty XML document")
}

/// Escape text for an XML element or attribute.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_dropped_and_order_is_free() {
        let a = parse(br#"<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><r xmlns="urn:vim25"><b>2</b><a x:type="int" xmlns:x="i">1</a><unknown/></r></S:Body></S:Envelope>"#).unwrap();
        let r = a.find("r").unwrap();
        assert_eq!(r.child_text("a"), Some("1"));
        assert_eq!(r.child("a").unwrap().attr("type"), Some("int"));
        assert_eq!(r.child_num::<u32>("b").unwrap(), 2);
        assert!(r.child_num::<u32>("missing").unwrap_err().to_string().contains("<missing>"));
    }

    #[test]
    fn hostile_documents_are_errors() {
        let deep = "<a>".repeat(100) + &"</a>".repeat(100);
        assert!(parse(deep.as_bytes()).unwrap_err().to_string().contains("deeper"));
        let wide = format!("<a>{}</a>", "<b/>".repeat(MAX_ELEMENTS + 1));
        assert!(parse(wide.as_bytes()).is_err());
        assert!(parse(b"<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>").is_err());
        assert!(parse(b"<a><b></a>").is_err());
        assert!(parse(b"<a>").is_err());
        assert!(parse(b"").is_err());
        assert!(parse(b"<a/><b/>").is_err());
        assert!(parse(&[0xff, 0xfe]).is_err());
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape(r#"a<b>&"c'"#), "a&lt;b&gt;&amp;&quot;c&apos;");
    }

    use proptest::prelude::*;

    /// A random document of nested elements, as (XML text, names depth first, texts).
    fn doc() -> impl Strategy<Value = (String, Vec<String>)> {
        let leaf = ("[a-z]{1,6}", "[ -~]{0,12}").prop_map(|(n, t)| (format!("<{n}>{}</{n}>", escape(&t)), vec![n]));
        leaf.prop_recursive(12, 64, 4, |inner| {
            ("[a-z]{1,6}", prop::collection::vec(inner, 0..4)).prop_map(|(n, kids)| {
                let mut names = vec![n.clone()];
                let body: String = kids.iter().map(|(x, _)| x.as_str()).collect();
                for (_, k) in kids {
                    names.extend(k);
                }
                (format!("<x:{n} xmlns:x=\"urn:t\">{body}</x:{n}>"), names)
            })
        })
    }

    proptest! {
        #[test]
        fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn never_panics_on_xml_like_text(text in "[<>/a-z:=\"' &;!?-]{0,200}") {
            let _ = parse(text.as_bytes());
        }

        /// Valid documents parse, every element is found by name (prefixes dropped), and
        /// leaf texts come back unescaped.
        #[test]
        fn valid_documents_keep_their_structure((xml, names) in doc()) {
            let root = parse(xml.as_bytes()).unwrap();
            for n in &names {
                prop_assert!(root.find(n).is_some(), "{n} missing in {xml}");
            }
        }

        #[test]
        fn depth_beyond_the_limit_is_an_error_not_a_crash(depth in 65usize..5000) {
            let deep = "<a>".repeat(depth) + &"</a>".repeat(depth);
            prop_assert!(parse(deep.as_bytes()).is_err());
        }
    }
}
