using System.Text.Json;
using MusicBot.Core.Operations;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Tests.Commands;

/// <summary>The registered commands against Discord's limits (reference A5), with every operation offered.</summary>
public sealed class CommandDefinitionsTests
{
    private static readonly OperationKind[] Everything = Enum.GetValues<OperationKind>();

    [Fact]
    public void All_EveryOperationOffered_MusicHasTenSubcommandsWithinTheLimits()
    {
        var music = CommandDefinitions.All(isGuild: true, Everything).Single(c => c.Name == CommandNames.Music);

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
        var music = CommandDefinitions.All(isGuild: true, Everything).Single(c => c.Name == CommandNames.Music);

        // Discord counts names, descriptions and choice values of the whole command.
        Assert.InRange(Size(JsonSerializer.SerializeToElement([music], DiscordJsonContext.Default.ListApplicationCommand)), 1, 8000);
    }

    [Fact]
    public void All_NoOperationOffered_NoOperationSubcommand()
    {
        var music = CommandDefinitions.All(isGuild: true, []).Single(c => c.Name == CommandNames.Music);

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
