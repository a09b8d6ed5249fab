//! Read-only views as data: a page part built as a tree of [`Node`]s by plain functions and
//! drawn by one renderer. However large the tree, the binary holds the renderer's code once,
//! where a `view!` of the same part would compile into code for every element and text.
//! Text is always set as text, never parsed as markup. Below an element, a subtree of plain
//! elements and texts is built straight into the document: as a Leptos view of its own per
//! element, the 300 schools' tables of an office took seconds to draw.

use std::rc::Rc;

use leptos::attr::custom::custom_attribute;
use leptos::html::custom;
use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};

use crate::browser;

/// An element with its attributes and children, a text, or a view drawn by Leptos (for the
/// few parts that are more than markup, such as a bar styled through the CSSOM).
pub enum Node {
    El {
        tag: &'static str,
        attrs: Vec<(&'static str, String)>,
        children: Vec<Node>,
    },
    Text(String),
    View(AnyView),
}

/// An element with children and no attribute.
pub fn el(tag: &'static str, children: Vec<Node>) -> Node {
    Node::El {
        tag,
        attrs: Vec::new(),
        children,
    }
}

/// An element holding one text.
pub fn text_el(tag: &'static str, text: impl Into<String>) -> Node {
    el(tag, vec![Node::Text(text.into())])
}

impl Node {
    /// The node with one more attribute (no effect on a text).
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Node {
        if let Node::El { attrs, .. } = &mut self {
            attrs.push((name, value.into()));
        }
        self
    }

    pub fn class(self, class: &'static str) -> Node {
        self.attr("class", class)
    }

    pub fn render(self) -> AnyView {
        match self {
            Node::Text(text) => text.into_any(),
            Node::View(view) => view,
            Node::El {
                tag,
                attrs,
                children,
            } => {
                let attrs: Vec<AnyAttribute> = attrs
                    .into_iter()
                    .map(|(name, value)| custom_attribute(name, value).into_any_attr())
                    .collect();
                if children.iter().all(Node::is_markup) {
                    // Run again with the new children when the view is redrawn in place.
                    let fill = |element: web_sys::Element, children: Rc<Vec<Node>>| {
                        browser::clear_children(&element);
                        build(&element, &children);
                    };
                    return custom(tag)
                        .add_any_attr(attrs)
                        .directive(fill, Rc::new(children))
                        .into_any();
                }
                let children: Vec<AnyView> = children.into_iter().map(Node::render).collect();
                custom(tag).add_any_attr(attrs).child(children).into_any()
            }
        }
    }

    /// Only elements and texts, no view of Leptos's inside.
    fn is_markup(&self) -> bool {
        match self {
            Node::Text(_) => true,
            Node::View(_) => false,
            Node::El { children, .. } => children.iter().all(Node::is_markup),
        }
    }
}

/// Appends a subtree of elements and texts ([`Node::is_markup`]) to `parent`.
fn build(parent: &web_sys::Element, children: &[Node]) {
    for child in children {
        match child {
            Node::Text(text) => browser::append_text(parent, text),
            Node::El {
                tag,
                attrs,
                children,
            } => {
                if let Some(element) = browser::append_element(parent, tag, attrs) {
                    build(&element, children);
                }
            }
            Node::View(_) => {}
        }
    }
}
