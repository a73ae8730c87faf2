using System.Globalization;
using MusicBot.Core.Generation;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Core.Songs;
using MusicBot.Core.UserText;

namespace MusicBot.Messages;

/// <summary>
/// The words for Core's codes that every platform shares (field names, task states, operations, credits), from one
/// catalog. The larger families (violations, refusals, failures) have their own classes over the same catalog.
/// Everything returned is plain text: each renderer escapes it for its markup.
/// </summary>
public sealed class Phrases(MessageCatalog catalog, IPlatformSyntax syntax)
{
    public MessageCatalog Catalog => catalog;

    public IPlatformSyntax Syntax => syntax;

    public string Credits(long count) => catalog.Plural("credits", count);

    public string Characters(long count) => catalog.Plural("characters", count);

    public string NothingCharged => catalog.Text("nothing-charged");

    /// <summary>What a finished task's notice says it cost, within a sentence, on every platform.</summary>
    public string Charged(int credits) => credits > 0 ? catalog.Text("charged", ("credits", Credits(credits))) : catalog.Text("charged.nothing");

    /// <summary>What a failed task's notice says about its credits, on every platform: the refund, or that none were taken.</summary>
    public string Refund(int credits) => credits > 0 ? catalog.Text("refunded", ("credits", Credits(credits))) : NothingCharged;

    public string Field(DraftField field) => catalog.Text($"field.{Key(field)}");

    public string FieldTitle(DraftField field) => Capitalize(Field(field));

    public string State(TaskState state) => catalog.Text(state switch
    {
        TaskState.Queued => "state.queued",
        TaskState.SubmitUnknown => "state.submit-unknown",
        TaskState.Submitted => "state.submitted",
        TaskState.TextReady => "state.text-ready",
        TaskState.FirstTrackReady => "state.first-track-ready",
        TaskState.Succeeded => "state.succeeded",
        TaskState.Failed => "state.failed",
        TaskState.TimedOut => "state.timed-out",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    });

    /// <summary>The operation as a noun in a sentence ("local does not offer stem separation").</summary>
    public string Noun(OperationKind kind) => catalog.Text($"operation.{kind.ConfigName()}.noun");

    /// <summary>The operation as what is done, after "to" or "could not" ("could not split a song into stems").</summary>
    public string Verb(OperationKind kind) => catalog.Text($"operation.{kind.ConfigName()}.verb");

    /// <summary>What the operation is busy doing ("splitting into stems").</summary>
    public string Activity(OperationKind kind) => catalog.Text($"operation.{kind.ConfigName()}.activity");

    /// <summary>What the task did, as its finished message says it ("split into stems"; "done" for a new song).</summary>
    public string Result(OperationKind? kind) => catalog.Text(kind is { } operation ? $"operation.{operation.ConfigName()}.result" : "operation.song.result");

    /// <summary><paramref name="count"/> delivered items of such a task: "1 file", "4 stems", "2 tracks", "3 versions".</summary>
    public string Items(OperationKind? kind, int count) => catalog.Plural(kind switch
    {
        OperationKind.Wav => "items.file",
        OperationKind.Stems => "items.stem",
        OperationKind.Lyrics => "items.version",
        _ => "items.track",
    }, count);

    /// <summary>What a task does to what: "extending song #3, take 2 from 60 s", "writing lyrics about “rain”".</summary>
    public string Doing(TrackOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var source = operation.SourceTaskId is not { } id ? catalog.Text("doing.source-unknown")
            : operation.SourceTrackIndex is { } take ? catalog.Text("doing.source-take", ("song", Number(id)), ("take", take))
            : catalog.Text("doing.source", ("song", Number(id)));
        return operation.Kind switch
        {
            OperationKind.Extend when operation.ContinueAtSeconds is { } at => catalog.Text("doing.extend-from", ("source", source), ("at", Seconds(at))),
            OperationKind.Lyrics => catalog.Text("doing.lyrics", ("topic", TextValues.Shorten(operation.Prompt ?? "", 100))),
            _ => catalog.Text($"doing.{operation.Kind.ConfigName()}", ("source", source)),
        };
    }

    /// <summary>A provider as the subject or object of a sentence: the offline one by what it is.</summary>
    public string Provider(string provider, bool atStart = false) =>
        provider != ProviderNames.Local ? provider : catalog.Text(atStart ? "provider.offline.start" : "provider.offline");

    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>A number the user types back (/extend 1234, /quota set @ana 1000000): never grouped like a quantity ("1,234").</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Seconds as messages show them: at most one decimal.</summary>
    public string Seconds(double seconds) => seconds.ToString("0.#", catalog.Culture);

    public string Help(string command) => catalog.Text($"help.{command}.summary", ("count", Core.Chat.Commands.HistoryCommand.Shown));

    public string Usage(string command) => catalog.Text($"help.{command}.usage");

    public static string Capitalize(string text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    internal static string Key(DraftField field) => field switch
    {
        DraftField.Provider => "provider",
        DraftField.Model => "model",
        DraftField.Style => "style",
        DraftField.Lyrics => "lyrics",
        DraftField.Title => "title",
        DraftField.Instrumental => "instrumental",
        DraftField.NegativeTags => "negative-tags",
        DraftField.VocalGender => "vocal-gender",
        DraftField.StyleWeight => "style-weight",
        DraftField.Weirdness => "weirdness",
        DraftField.AudioWeight => "audio-weight",
        DraftField.EnhancePrompt => "enhance-prompt",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
