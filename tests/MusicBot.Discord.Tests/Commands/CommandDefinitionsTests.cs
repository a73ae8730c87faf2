using System.Text.Json;
using MusicBot.Core.Operations;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Json;
using MusicBot.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace MusicBot.Discord.Tests.Commands;

/// <summary>The registered commands against Discord's limits (reference A5), with every operation offered.</summary>
public sealed class CommandDefinitionsTests
{
    private static readonly OperationKind[] Everything = Enum.GetValues<OperationKind>();

    private static readonly CommandDefinitions Definitions = new(
        new ServiceCollection().AddLogging().AddMusicBotLocalization().BuildServiceProvider().GetRequiredService<Texts>());

    private static readonly string[] DiscordLocales = ["de", "es-419", "es-ES", "fr", "hi", "pl", "pt-BR", "ru", "tr", "uk"];

    [Fact]
    public void All_EveryCommandOptionAndChoice_LocalizedForTheTenDiscordLocalesWithinTheLimits()
    {
        var described = Everywhere(Definitions.All(isGuild: true, Everything)).ToList();

        Assert.True(described.Count > 40);
        Assert.All(described, node =>
        {
            Assert.Equal(DiscordLocales, node.Localizations.Keys.Order(StringComparer.Ordinal));
            Assert.All(node.Localizations, l => Assert.InRange(l.Value.Length, 1, 100));
        });
        Assert.All(Definitions.All(isGuild: true, Everything), c => Assert.Null(c.NameLocalizations));
    }

    [Fact]
    public void All_Localizations_AreTheCatalogsNotEnglish()
    {
        var music = Definitions.All(isGuild: true, Everything).Single(c => c.Name == CommandNames.Music);
        var generate = music.Options!.Single(o => o.Name == "generate");
        var gender = generate.Options!.Single(o => o.Name == "vocal_gender").Choices!.Single(c => c.Value == "f");

        Assert.Equal("Сделать две песни по черновику (опции сначала меняют черновик)", generate.DescriptionLocalizations!["ru"]);
        Assert.Equal(generate.DescriptionLocalizations["es-ES"], generate.DescriptionLocalizations["es-419"]);
        Assert.Equal("feminina", gender.NameLocalizations!["pt-BR"]);
        Assert.Equal("female", gender.Name);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("es-ES")]
    [InlineData("fr")]
    [InlineData("hi")]
    [InlineData("pl")]
    [InlineData("pt-BR")]
    [InlineData("ru")]
    [InlineData("tr")]
    [InlineData("uk")]
    public void All_EveryOperationOffered_EachLocaleStaysUnderEightThousandCharacters(string locale)
    {
        foreach (var command in Definitions.All(isGuild: true, Everything))
        {
            // Discord applies the limit to each locale separately.
            var size = command.Name.Length + command.DescriptionLocalizations![locale].Length + LocalizedSize(command.Options, locale);
            Assert.InRange(size, 1, 8000);
        }
    }

    [Fact]
    public void All_Serialized_CarriesSnakeCaseLocalizations()
    {
        var json = JsonSerializer.SerializeToElement(Definitions.All(isGuild: true, Everything), DiscordJsonContext.Default.ListApplicationCommand);

        Assert.Equal(JsonValueKind.Object, json[0].GetProperty("description_localizations").ValueKind);
        Assert.True(json[0].GetProperty("description_localizations").TryGetProperty("pt-BR", out _));
        Assert.False(json[0].TryGetProperty("name_localizations", out _));
    }

    private static IEnumerable<(string Name, Dictionary<string, string> Localizations)> Everywhere(List<ApplicationCommand> commands) =>
        commands.SelectMany(c => Everywhere(c.Options).Prepend((c.Name, c.DescriptionLocalizations!)));

    private static IEnumerable<(string Name, Dictionary<string, string> Localizations)> Everywhere(List<CommandOption>? options) =>
        (options ?? []).SelectMany(o => Everywhere(o.Options)
            .Concat((o.Choices ?? []).Where(c => c.NameLocalizations is not null).Select(c => (c.Name, c.NameLocalizations!)))
            .Prepend((o.Name, o.DescriptionLocalizations!)));

    private static int LocalizedSize(List<CommandOption>? options, string locale) =>
        (options ?? []).Sum(o => o.Name.Length + o.DescriptionLocalizations![locale].Length + LocalizedSize(o.Options, locale)
            + (o.Choices ?? []).Sum(c => (c.NameLocalizations?[locale] ?? c.Name).Length + c.Value.Length));

    [Fact]
    public void All_EveryOperationOffered_MusicHasTenSubcommandsWithinTheLimits()
    {
        var music = Definitions.All(isGuild: true, Everything).Single(c => c.Name == CommandNames.Music);

        Assert.Equal(
            ["generate", "draft", "credits", "history", "extend", "add-vocals", "add-instrumental", "wav", "stems", "lyrics-ai"],
            music.Options!.Select(o => o.Name));
        Assert.All(music.Options!, o => Assert.InRange(o.Options?.Count ?? 0, 0, 25));
        Assert.All(music.Options!.SelectMany(o => o.Options ?? []).Append(new CommandOption { Type = 1, Name = music.Name, Description = music.Description }), o =>
        {
            Assert.Matches(@"^[-_'\p{Ll}\p{N}]{1,32}$", o.Name);
            Assert.InRange(o.Description.Length, 1, 100);
        });
    }

    [Fact]
    public void All_EveryOperationOffered_MusicStaysUnderEightThousandCharacters()
    {
        var music = Definitions.All(isGuild: true, Everything).Single(c => c.Name == CommandNames.Music);

        // Discord counts names, descriptions and choice values of the whole command.
        Assert.InRange(Size(JsonSerializer.SerializeToElement([music], DiscordJsonContext.Default.ListApplicationCommand)), 1, 8000);
    }

    [Fact]
    public void All_NoOperationOffered_NoOperationSubcommand()
    {
        var music = Definitions.All(isGuild: true, []).Single(c => c.Name == CommandNames.Music);

        Assert.DoesNotContain(music.Options!, o => OperationSubcommands.KindOf(o.Name) is not null);
    }

    private static int Size(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().Sum(p => p.Name is "name" or "description" or "value" && p.Value.ValueKind == JsonValueKind.String
            ? p.Value.GetString()!.Length
            : Size(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().Sum(Size),
        _ => 0,
    };
}
