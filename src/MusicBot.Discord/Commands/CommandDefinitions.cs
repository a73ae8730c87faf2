using MusicBot.Core.Credits;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Json;
using MusicBot.Localization;

namespace MusicBot.Discord.Commands;

/// <summary>
/// The commands as registered by bulk overwrite. The operation subcommands (<c>/music extend</c>, <c>stems</c>, …) are
/// included only for operations some configured provider can run: a command that cannot work should not be offered.
/// Descriptions and choice labels come from the catalog (<c>discord.desc.*</c>, <c>discord.choice.*</c>) with a
/// localization per Discord locale. Command and option names stay English in every locale on purpose: the how-to hints
/// (<c>/music draft set style:</c>), the README and members of one server speaking different languages share one syntax.
/// </summary>
public sealed class CommandDefinitions(Texts texts)
{
    /// <summary>"Manage Server" (MANAGE_GUILD, 1 &lt;&lt; 5): who sees <c>/music-quota</c> by default.</summary>
    public const string ManageGuildPermission = "32";

    /// <param name="isGuild">Guild commands cannot be offered in the bot's DMs.</param>
    /// <param name="offered">The operations at least one available provider supports.</param>
    public List<ApplicationCommand> All(bool isGuild, IReadOnlyCollection<OperationKind> offered) =>
    [
        new ApplicationCommand
        {
            Name = CommandNames.Music,
            Description = English("discord.desc.music"),
            DescriptionLocalizations = Localized("discord.desc.music"),
            Contexts = isGuild ? [0] : [0, 1],
            IntegrationTypes = [0],
            Options =
            [
                Sub("generate", "music.generate", DraftOptions()),
                Group("draft", "music.draft",
                [
                    Sub("show", "music.draft.show", null),
                    Sub("set", "music.draft.set", DraftOptions()),
                    Sub("lyrics", "music.draft.lyrics", [Option(CommandOption.AttachmentType, "file")]),
                    Sub("clear", "music.draft.clear", null),
                ]),
                Sub("credits", "music.credits", null),
                Sub("history", "music.history", null),
                .. OperationSubcommands.All.Where(o => offered.Contains(o.Kind)).Select(o => Sub(o.Name, $"music.{o.Name}", OperationOptions(o.Kind))),
            ],
        },
        new ApplicationCommand
        {
            Name = CommandNames.Quota,
            Description = English("discord.desc.music-quota"),
            DescriptionLocalizations = Localized("discord.desc.music-quota"),
            DefaultMemberPermissions = ManageGuildPermission,
            Contexts = [0],
            IntegrationTypes = [0],
            Options =
            [
                Sub("set", "music-quota.set", [UserOption(true), CreditsOption(true)]),
                Sub("grant", "music-quota.grant", [UserOption(true), CreditsOption(true)]),
                Sub("show", "music-quota.show", [UserOption(false)]),
                Sub("default", "music-quota.default", [CreditsOption(true)]),
                Sub("role", "music-quota.role",
                [
                    Option(CommandOption.RoleType, "role") with { Required = true },
                    CreditsOption(false, "credits.optional"),
                ]),
            ],
        },
    ];

    private List<CommandOption> DraftOptions() =>
    [
        Text("style", 1000),
        Text("lyrics", 6000),
        Text("title", 100),
        Option(CommandOption.BooleanType, "instrumental"),
        Text("model", 40),
        // Provider names are the services' own names, the same in every language.
        Option(CommandOption.StringType, "provider") with { Choices = [.. ProviderNames.All.Select(p => new CommandChoice(p, p))] },
        Text("negative_tags", 1000),
        Option(CommandOption.StringType, "vocal_gender") with
        {
            Choices = [Choice("vocal_gender.male", "m"), Choice("vocal_gender.female", "f"), Choice("vocal_gender.any", "none")],
        },
    ];

    private List<CommandOption> OperationOptions(OperationKind kind)
    {
        if (kind == OperationKind.Lyrics)
        {
            return [Text("topic", 1500)];
        }

        List<CommandOption> options =
        [
            Option(CommandOption.IntegerType, "song") with { MinValue = 1 },
            Option(CommandOption.IntegerType, "take") with { MinValue = 1 },
        ];
        if (kind == OperationKind.Extend)
        {
            options.Add(Option(CommandOption.NumberType, "from") with { MinValue = 1 });
        }

        return options;
    }

    private CommandOption Sub(string name, string path, List<CommandOption>? options) =>
        Described(CommandOption.SubCommandType, name, $"discord.desc.{path}") with { Options = options };

    private CommandOption Group(string name, string path, List<CommandOption> subcommands) =>
        Described(CommandOption.GroupType, name, $"discord.desc.{path}") with { Options = subcommands };

    private CommandOption Option(int type, string name, string? descriptionKey = null) =>
        Described(type, name, $"discord.desc.option.{descriptionKey ?? name}");

    private CommandOption Text(string name, int maxLength) => Option(CommandOption.StringType, name) with { MaxLength = maxLength };

    private CommandOption UserOption(bool required) => Option(CommandOption.UserType, "user") with { Required = required ? true : null };

    private CommandOption CreditsOption(bool required, string descriptionKey = "credits") =>
        Option(CommandOption.IntegerType, "credits", descriptionKey) with { Required = required ? true : null, MinValue = 0, MaxValue = QuotaLimits.MaxCredits };

    private CommandOption Described(int type, string name, string key) =>
        new() { Type = type, Name = name, Description = English(key), DescriptionLocalizations = Localized(key) };

    private CommandChoice Choice(string key, string value) =>
        new(English($"discord.choice.{key}"), value) { NameLocalizations = Localized($"discord.choice.{key}") };

    private string English(string key) => texts.Get(Languages.English, key);

    /// <summary>One entry per Discord locale of every translated catalog (es-ES and es-419 both read Spanish).</summary>
    private Dictionary<string, string> Localized(string key) =>
        Languages.Supported
            .SelectMany(language => language.DiscordLocales.Select(locale => (locale, text: texts.Get(language, key))))
            .ToDictionary(e => e.locale, e => e.text, StringComparer.Ordinal);
}
