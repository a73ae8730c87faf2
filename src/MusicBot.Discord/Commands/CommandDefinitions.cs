using MusicBot.Core.Credits;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Commands;

/// <summary>
/// The commands as registered by bulk overwrite. The operation subcommands (<c>/music extend</c>, <c>stems</c>, …) are
/// included only for operations some configured provider can run: a command that cannot work should not be offered.
/// </summary>
public static class CommandDefinitions
{
    /// <summary>"Manage Server" (MANAGE_GUILD, 1 &lt;&lt; 5): who sees <c>/music-quota</c> by default.</summary>
    public const string ManageGuildPermission = "32";

    /// <param name="isGuild">Guild commands cannot be offered in the bot's DMs.</param>
    /// <param name="offered">The operations at least one available provider supports.</param>
    public static List<ApplicationCommand> All(bool isGuild, IReadOnlyCollection<OperationKind> offered) =>
    [
        new ApplicationCommand
        {
            Name = CommandNames.Music,
            Description = "Make songs with AI: build a draft, then generate",
            Contexts = isGuild ? [0] : [0, 1],
            IntegrationTypes = [0],
            Options =
            [
                Sub("generate", "Make two songs from your draft (options change the draft first)", DraftOptions()),
                Group("draft", "Your draft: style, lyrics, title and more",
                [
                    Sub("show", "Show your draft and what is still missing", null),
                    Sub("set", "Change fields of your draft", DraftOptions()),
                    Sub("lyrics", "Write lyrics in a form, or upload a .txt file for longer ones",
                        [new CommandOption { Type = CommandOption.AttachmentType, Name = "file", Description = "A .txt file with the lyrics" }]),
                    Sub("clear", "Start over with an empty draft", null),
                ]),
                Sub("credits", "Your credits here and what a song costs", null),
                Sub("history", "Your last 10 requests, with their song numbers", null),
                .. OperationSubcommands.All.Where(o => offered.Contains(o.Kind)).Select(o => Sub(o.Name, DescriptionOf(o.Kind), OperationOptions(o.Kind))),
            ],
        },
        new ApplicationCommand
        {
            Name = CommandNames.Quota,
            Description = "Manage members' music credits on this server",
            DefaultMemberPermissions = ManageGuildPermission,
            Contexts = [0],
            IntegrationTypes = [0],
            Options =
            [
                Sub("set", "Set a member's credits", [UserOption(true), CreditsOption(true)]),
                Sub("grant", "Give a member more credits", [UserOption(true), CreditsOption(true)]),
                Sub("show", "Show a member's credits, or this server's allowances", [UserOption(false)]),
                Sub("default", "Credits new members start with", [CreditsOption(true)]),
                Sub("role", "Credits new members with a role start with (the highest of their roles wins)",
                [
                    new CommandOption { Type = CommandOption.RoleType, Name = "role", Description = "The role", Required = true },
                    CreditsOption(false, "Credits; leave out to remove the role's allowance"),
                ]),
            ],
        },
    ];

    private static List<CommandOption> DraftOptions() =>
    [
        Text("style", "Style tags, or a description of the song", 1000),
        Text("lyrics", "Lyrics (for line breaks use /music draft lyrics)", 6000),
        Text("title", "Song title", 100),
        new CommandOption { Type = CommandOption.BooleanType, Name = "instrumental", Description = "No vocals" },
        Text("model", "The provider's model, e.g. V4_5", 40),
        new CommandOption
        {
            Type = CommandOption.StringType,
            Name = "provider",
            Description = "The music service",
            Choices = [.. ProviderNames.All.Select(p => new CommandChoice(p, p))],
        },
        Text("negative_tags", "Styles to avoid", 1000),
        new CommandOption
        {
            Type = CommandOption.StringType,
            Name = "vocal_gender",
            Description = "Preferred voice",
            Choices = [new("male", "m"), new("female", "f"), new("any", "none")],
        },
    ];

    private static string DescriptionOf(OperationKind kind) => kind switch
    {
        OperationKind.Extend => "Continue one of your songs (default: your latest)",
        OperationKind.AddVocals => "Sing your draft's lyrics over one of your songs",
        OperationKind.AddInstrumental => "Add an accompaniment in your draft's style to one of your songs",
        OperationKind.Wav => "Get one of your songs as a WAV file",
        OperationKind.Stems => "Split one of your songs into stems (vocals, instruments)",
        OperationKind.Lyrics => "Let AI write lyrics into your draft",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static List<CommandOption> OperationOptions(OperationKind kind)
    {
        if (kind == OperationKind.Lyrics)
        {
            return [Text("topic", "What the song is about (default: your draft's style)", 1500)];
        }

        List<CommandOption> options =
        [
            new() { Type = CommandOption.IntegerType, Name = "song", Description = "Song number as /music history shows it (default: your latest finished song)", MinValue = 1 },
            new() { Type = CommandOption.IntegerType, Name = "take", Description = "Which take of that song (default: 1)", MinValue = 1 },
        ];
        if (kind == OperationKind.Extend)
        {
            options.Add(new() { Type = CommandOption.NumberType, Name = "from", Description = "Continue from this second of the take (default: from its end)", MinValue = 1 });
        }

        return options;
    }

    private static CommandOption Sub(string name, string description, List<CommandOption>? options) =>
        new() { Type = CommandOption.SubCommandType, Name = name, Description = description, Options = options };

    private static CommandOption Group(string name, string description, List<CommandOption> subcommands) =>
        new() { Type = CommandOption.GroupType, Name = name, Description = description, Options = subcommands };

    private static CommandOption Text(string name, string description, int maxLength) =>
        new() { Type = CommandOption.StringType, Name = name, Description = description, MaxLength = maxLength };

    private static CommandOption UserOption(bool required) =>
        new() { Type = CommandOption.UserType, Name = "user", Description = "The member", Required = required ? true : null };

    private static CommandOption CreditsOption(bool required, string description = "Number of credits") =>
        new() { Type = CommandOption.IntegerType, Name = "credits", Description = description, Required = required ? true : null, MinValue = 0, MaxValue = QuotaLimits.MaxCredits };
}
