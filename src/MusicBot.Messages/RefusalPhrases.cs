using MusicBot.Core.Chat;
using MusicBot.Core.Generation;
using MusicBot.Core.UserText;
using Refusal = MusicBot.Core.Generation.Refusal;

namespace MusicBot.Messages;

/// <summary>The words for requests Core refused before anything was reserved, and for commands used wrongly.</summary>
public static class RefusalPhrases
{
    /// <summary>Why it cannot run, ending as every refusal does: nothing was charged.</summary>
    public static string Refused(this Phrases phrases, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(refusal);
        return $"{phrases.RefusalReason(refusal)} {phrases.NothingCharged}";
    }

    /// <summary>Why it cannot run, without the closing "nothing was charged".</summary>
    public static string RefusalReason(this Phrases phrases, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(refusal);
        var catalog = phrases.Catalog;
        return refusal switch
        {
            Refusal.NotYourSong r => catalog.Text("refusal.not-your-song", ("song", Phrases.Number(r.SongId))),
            Refusal.SongNotUsable r => catalog.Text(
                "refusal.song-not-usable", ("song", Phrases.Number(r.SongId)), ("operation", phrases.Noun(r.Operation)), ("why", phrases.Why(r))),
            Refusal.NoFinishedSong r => catalog.Text("refusal.no-finished-song", ("operation", phrases.Noun(r.Operation))),
            Refusal.NoAudio r => catalog.Text("refusal.no-audio", ("song", Phrases.Number(r.SongId)), ("operation", phrases.Noun(r.Operation))),
            Refusal.TakeOutOfRange r => catalog.Text("refusal.take-out-of-range", ("song", Phrases.Number(r.SongId)), ("takes", r.Takes), ("asked", r.Asked)),
            Refusal.ContinueAtOutOfRange { Length: { } length } r => catalog.Text(
                "refusal.continue-at", ("length", phrases.Seconds(length)), ("at", phrases.Seconds(r.At))),
            Refusal.ContinueAtOutOfRange r => catalog.Text("refusal.continue-at.unknown-length", ("at", phrases.Seconds(r.At))),
            Refusal.OperationNotOffered r => catalog.Text(
                "refusal.not-offered",
                ("provider", r.Provider),
                ("operation", phrases.Noun(r.Operation)),
                ("elsewhere", r.OfferedBy.Count == 0
                    ? catalog.Text("refusal.not-offered.nowhere")
                    : catalog.Plural("refusal.not-offered.elsewhere", r.OfferedBy.Count, ("providers", Phrases.List(r.OfferedBy))))),
            Refusal.TopicMissing => catalog.Text("refusal.topic-missing"),
            Refusal.TopicTooLong r => catalog.Text("refusal.topic-too-long", ("max", r.Max), ("words", r.Words), ("excess", r.Words - r.Max)),
            Refusal.LyricsNeeded => catalog.Text("refusal.lyrics-needed"),
            Refusal.StyleNeeded => catalog.Text("refusal.style-needed"),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.GetType().Name, null),
        };
    }

    public static string Problem(this Phrases phrases, UsageProblem problem)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(problem);
        var catalog = phrases.Catalog;
        return problem switch
        {
            UsageProblem.FromNeedsSeconds => catalog.Text("usage-problem.from-needs-seconds"),
            UsageProblem.NotASongOrTake p => catalog.Text(
                p.AllowsFrom ? "usage-problem.not-a-song-take-or-from" : "usage-problem.not-a-song-or-take", ("word", TextValues.Shorten(p.Word, 21))),
            UsageProblem.FieldNeedsValue p => catalog.Text("usage-problem.field-needs-value", ("Field", phrases.FieldTitle(p.Field))),
            UsageProblem.QuotaNoAction => catalog.Text("usage-problem.quota-no-action"),
            UsageProblem.QuotaUnknownAction p => catalog.Text("usage-problem.quota-unknown-action", ("action", p.Action)),
            UsageProblem.QuotaNeedsUser => catalog.Text("usage-problem.quota-needs-user"),
            UsageProblem.QuotaNeedsUserAndAmount p => catalog.Text("usage-problem.quota-needs-user-and-amount", ("action", p.Action), ("max", Phrases.Number(p.Max))),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.GetType().Name, null),
        };
    }

    private static string Why(this Phrases phrases, Refusal.SongNotUsable refusal) => refusal.Why switch
    {
        UnusableBecause.NotASong when refusal.MadeBy is { } madeBy => phrases.Catalog.Text("refusal.song-not-usable.not-a-song", ("madeBy", phrases.Noun(madeBy))),
        UnusableBecause.NotASong or UnusableBecause.NoAudio => phrases.Catalog.Text("refusal.song-not-usable.no-audio"),
        UnusableBecause.Failed => phrases.Catalog.Text("refusal.song-not-usable.failed"),
        _ => phrases.Catalog.Text("refusal.song-not-usable.in-progress"),
    };
}
