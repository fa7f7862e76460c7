//! kdcl's help in Vietnamese: clap writes its help in English, so the
//! texts of every command's Vietnamese table are put in place on the built
//! command, with the words clap writes itself.

/// The Vietnamese text of a place: `""` for kdcl itself, a subcommand's
/// name for its about, `command.argument` for an argument's help and
/// `command.argument=value` for a value's.
pub(crate) type Lookup = fn(&str) -> Option<&'static str>;

/// clap's help in Vietnamese: every about and argument help from the
/// tables, and the words clap writes itself (headings, "Usage:", defaults and
/// possible values, the help and version flags, the help subcommand). Done on
/// the built command, so the help flags, the global `--lang` and the help
/// subcommand clap adds are there to be translated. clap's error messages
/// stay in English.
pub(crate) fn localize(mut cmd: clap::Command, help_vi: Lookup) -> clap::Command {
    cmd.build();
    localize_command(cmd, "", help_vi)
}

fn localize_command(mut cmd: clap::Command, place: &str, help_vi: Lookup) -> clap::Command {
    // `kdcl help check`: the help subcommand holds copies of the others.
    let own = place.rsplit(' ').next().unwrap_or(place);
    if let Some(about) = help_vi(place).or_else(|| help_vi(own)) {
        cmd = cmd.about(about).long_about(None);
    }
    let usage = cmd.get_styles().get_usage();
    let has_body = cmd.get_arguments().any(|a| !a.is_hide_set()) || cmd.has_subcommands();
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}Cách dùng:{} {{usage}}",
        usage.render(),
        usage.render_reset()
    );
    if has_body {
        template.push_str("\n\n{all-args}");
    }
    template.push_str("{after-help}");
    cmd = cmd.help_template(template).subcommand_help_heading("Lệnh");
    let ids: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |arg| localize_arg(arg, own, help_vi));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let inner = if place.is_empty() {
            name.clone()
        } else {
            format!("{place} {name}")
        };
        cmd = cmd.mut_subcommand(name, |sub| localize_command(sub, &inner, help_vi));
    }
    cmd
}

fn localize_arg(mut arg: clap::Arg, command: &str, help_vi: Lookup) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    let find = |suffix: &str| {
        help_vi(&format!("{command}.{id}{suffix}")).or_else(|| help_vi(&format!(".{id}{suffix}")))
    };
    let heading = if arg.is_positional() {
        "Đối số"
    } else {
        "Tùy chọn"
    };
    arg = arg.help_heading(heading);
    if id == "help" && arg.get_long_help().is_some() {
        return arg.help(find("/short")).long_help(find("/long"));
    }
    let mut help = find("").map(str::to_string);
    let takes_values = arg.get_num_args().is_none_or(|n| n.takes_values());
    let mut tail = Vec::new();
    let mut values = Vec::new();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        tail.push(format!("[mặc định: {}]", defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    if takes_values && !arg.is_hide_possible_values_set() {
        let possible: Vec<_> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect();
        if !possible.is_empty() {
            let names: Vec<&str> = possible.iter().map(|v| v.get_name()).collect();
            values = possible
                .iter()
                .filter_map(|v| {
                    find(&format!("={}", v.get_name())).map(|h| (v.get_name().to_string(), h))
                })
                .collect();
            if values.len() < possible.len() {
                values.clear();
            }
            tail.push(format!("[giá trị: {}]", names.join(", ")));
            arg = arg.hide_possible_values(true);
        }
    }
    let text = help.take().unwrap_or_default();
    if !values.is_empty() {
        // As clap lays it out: each value with its meaning under `--help`.
        let width = values
            .iter()
            .map(|(v, _)| v.chars().count())
            .max()
            .unwrap_or(0)
            + 1;
        let mut long = format!("{text}\n\nGiá trị:\n");
        for (value, meaning) in &values {
            long.push_str(&format!("- {:<width$} {meaning}\n", format!("{value}:")));
        }
        long.push_str(&format!("\n{}", tail[..tail.len() - 1].join("\n")));
        arg = arg.long_help(long.trim_end().to_string());
    }
    if values.is_empty() && !tail.is_empty() {
        // As clap lays it out: the defaults and values under the text.
        arg = arg.long_help(format!("{text}\n\n{}", tail.join("\n")));
    }
    let short = std::iter::once(text.as_str())
        .chain(tail.iter().map(String::as_str))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if short.is_empty() {
        arg
    } else {
        arg.help(short)
    }
}
