using MusicBot.Core.Operations;

namespace MusicBot.Discord.Rendering;

/// <summary>
/// How a task is named in messages, by what it makes: a song (also an extension or a song with added vocals or
/// accompaniment), a WAV copy, stems, or AI lyrics. The number is always the bot's task id, as <c>/music history</c>
/// lists it and as <c>song:</c> takes it.
/// </summary>
public static class OperationWording
{
    /// <summary>"Song #7 “Rain”": whatever a task makes, it is named by its number, as every platform names it.</summary>
    public static string Name(long taskId, string? title) =>
        title is null ? $"Song #{taskId}" : $"Song #{taskId} “{DiscordText.Truncate(DiscordText.Escape(title), 100)}”";

    /// <summary>Where the task came from, for the queued message: "extension of song #3".</summary>
    public static string? Origin(TrackOperation? operation)
    {
        if (operation?.SourceTaskId is not { } source)
        {
            return null;
        }

        return operation.Kind switch
        {
            OperationKind.Extend => $"extension of song #{source}",
            OperationKind.AddVocals => $"song #{source} with vocals added",
            OperationKind.AddInstrumental => $"song #{source} with an instrumental added",
            OperationKind.Wav => $"WAV copy of song #{source}",
            OperationKind.Stems => $"stems of song #{source}",
            _ => null,
        };
    }

    /// <summary>The sentence of a finished task: what is below, and what it cost.</summary>
    public static string Done(string name, OperationKind? kind, int count, int credits)
    {
        var charged = DiscordSyntax.Words.Charged(credits);
        var items = DiscordSyntax.Words.Items(kind, count);
        return kind switch
        {
            OperationKind.Extend => $"✅ **{name}** is extended: {items} below, {charged}.",
            OperationKind.AddVocals => $"✅ **{name}** has vocals now: {items} below, {charged}.",
            OperationKind.AddInstrumental => $"✅ **{name}** has an instrumental now: {items} below, {charged}.",
            OperationKind.Wav => $"✅ **{name}** is converted to WAV: the WAV file is below, {charged}.",
            OperationKind.Stems => $"✅ **{name}** is split into stems: {items} below, {charged}.",
            OperationKind.Lyrics => $"✅ **{name}**: lyrics written, {items} below, and one is now in your draft (`/music draft show`); {charged}.",
            _ => $"✅ **{name}** is done: {items} below, {charged}.",
        };
    }
}
