//! The domain is layered (issue 16): no module of `src/domain` reaches, through the others,
//! back to itself, and none reaches up into the app around it (its defaults, texts, views,
//! browser code or files for people). Read from the sources, tests left out, so that a new
//! `use` that breaks the layering fails here.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Each domain module and the domain modules its code (not its tests, not its comments) uses.
fn uses() -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut graph = BTreeMap::new();
    for entry in fs::read_dir(&dir).expect("src/domain is there") {
        let path = entry.expect("a file of src/domain").path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        // A module that is a folder counts as one: its files' code together.
        let files = if path.is_dir() {
            let mut files: Vec<_> = fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            files
        } else {
            vec![path]
        };
        let code: Vec<String> = files
            .iter()
            .flat_map(|file| {
                let source = fs::read_to_string(file).unwrap();
                source
                    .lines()
                    .take_while(|l| !l.contains("#[cfg(test)]"))
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .collect();
        let code = code.join("\n");
        for upward in [
            "crate::defaults",
            "crate::i18n",
            "crate::ui",
            "crate::browser",
            "crate::export",
        ] {
            assert!(
                !code.contains(upward),
                "src/domain/{name} uses {upward}: the domain must not reach up"
            );
        }
        let mut used: Vec<String> = ["super::", "crate::domain::"]
            .iter()
            .flat_map(|prefix| {
                code.match_indices(prefix)
                    .map(move |(at, _)| at + prefix.len())
            })
            .map(|from| {
                code[from..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect::<String>()
            })
            .filter(|m| !m.is_empty() && *m != name)
            .collect();
        used.sort();
        used.dedup();
        graph.insert(name, used);
    }
    // What `super::` names besides modules are the domain's own helpers in mod.rs.
    let modules: Vec<String> = graph.keys().cloned().collect();
    for used in graph.values_mut() {
        used.retain(|m| modules.contains(m));
    }
    graph
}

#[test]
fn no_domain_module_reaches_back_to_itself_or_up() {
    let graph = uses();
    assert!(graph.contains_key("plan") && graph.contains_key("document"));
    // The JSON reader is the leaf everything stands on, and the plan stands on it alone.
    assert_eq!(
        graph["json"],
        Vec::<String>::new(),
        "json.rs uses {:?}",
        graph["json"]
    );
    assert_eq!(graph["plan"], ["json"], "plan.rs uses {:?}", graph["plan"]);
    // A depth-first walk from each module: meeting a module still on the path is a circle.
    fn walk<'a>(
        graph: &'a BTreeMap<String, Vec<String>>,
        module: &'a str,
        path: &mut Vec<&'a str>,
    ) {
        if let Some(at) = path.iter().position(|m| *m == module) {
            panic!("import circle: {} -> {module}", path[at..].join(" -> "));
        }
        path.push(module);
        for next in graph.get(module).into_iter().flatten() {
            walk(graph, next, path);
        }
        path.pop();
    }
    for module in graph.keys() {
        walk(&graph, module, &mut Vec::new());
    }
}
