using System.Globalization;
using MusicBot.Core.Failures;
using MusicBot.Core.Operations;

namespace MusicBot.Messages;

/// <summary>The words for why a task failed, stored or fresh: what happened and, where it helps, what to do.</summary>
public static class FailurePhrases
{
    public static string Failure(this Phrases phrases, TaskFailure failure)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(failure);
        var catalog = phrases.Catalog;
        return failure switch
        {
            TaskFailure.OutOfCredits f => catalog.Text("failure.out-of-credits", ("provider", f.Provider)),
            TaskFailure.RateLimited f => catalog.Text("failure.rate-limited", ("provider", f.Provider)),
            TaskFailure.Maintenance f => catalog.Text("failure.maintenance", ("provider", f.Provider)),
            TaskFailure.ServerError f => catalog.Text("failure.server-error", ("provider", f.Provider)),
            TaskFailure.Unauthorized f => catalog.Text("failure.unauthorized", ("provider", f.Provider)),
            TaskFailure.Rejected f => catalog.Text("failure.rejected", ("provider", f.Provider), ("detail", phrases.Detail(f.Detail ?? phrases.Cause(f.Cause)))),
            TaskFailure.TooLong f => catalog.Text("failure.too-long", ("provider", f.Provider)),
            TaskFailure.ContentRefused f => catalog.Text("failure.content-refused", ("provider", f.Provider), ("detail", phrases.Detail(f.Detail))),
            TaskFailure.GenerationFailed f => catalog.Text("failure.generation-failed", ("provider", f.Provider), ("detail", phrases.Detail(f.Detail))),
            TaskFailure.OperationFailed f => catalog.Text(
                "failure.operation-failed", ("provider", f.Provider), ("operation", phrases.Verb(f.Operation)), ("detail", phrases.Detail(f.Detail))),
            TaskFailure.Incomplete f => catalog.Text(
                "failure.incomplete", ("provider", f.Provider), ("operation", phrases.Verb(f.Operation)), ("missing", phrases.Missing(f))),
            TaskFailure.Unreachable f => catalog.Text("failure.unreachable", ("provider", f.Provider)),
            TaskFailure.Paused f => catalog.Text("failure.paused", ("provider", f.Provider)),
            TaskFailure.UnknownTask f => catalog.Text("failure.unknown-task", ("Provider", phrases.Provider(f.Provider, atStart: true))),
            TaskFailure.Busy f => catalog.Text("failure.busy", ("provider", f.Provider)),
            TaskFailure.WavExists f => catalog.Text("failure.wav-exists", ("provider", f.Provider)),
            TaskFailure.SourceUnreachable { Operation: { } kind } f => catalog.Text(
                "failure.source-unreachable", ("provider", f.Provider), ("operation", phrases.Verb(kind))),
            TaskFailure.SourceUnreachable f => catalog.Text("failure.source-unreachable.song", ("provider", f.Provider)),
            TaskFailure.Unsupported f => catalog.Text(
                "failure.unsupported", ("Provider", phrases.Provider(f.Provider, atStart: true)), ("operation", phrases.Noun(f.Operation))),
            TaskFailure.SourceNotMusic f => catalog.Text(
                "failure.not-music", ("madeBy", f.SourceOperation.ConfigName()), ("provider", phrases.Provider(f.Provider))),
            TaskFailure.ExtensionTooLong f => catalog.Text(
                "failure.extension-too-long",
                ("Provider", phrases.Provider(f.Provider, atStart: true)),
                ("max", f.MaxMinutes),
                ("length", TimeSpan.FromSeconds(f.WouldRunSeconds).ToString(@"m\:ss", CultureInfo.InvariantCulture))),
            TaskFailure.NoSource => catalog.Text("failure.no-source"),
            TaskFailure.SourceTakeOutOfRange f => catalog.Text("failure.source-take-out-of-range", ("takes", f.Takes), ("asked", f.Asked)),
            TaskFailure.SourceGone { IsAudioFile: true } => catalog.Text("failure.source-gone.file"),
            TaskFailure.SourceGone f => catalog.Text("failure.source-gone.record", ("Provider", phrases.Provider(f.Provider, atStart: true))),
            TaskFailure.SourceDamaged f => catalog.Text("failure.source-damaged", ("provider", phrases.Provider(f.Provider))),
            TaskFailure.SourceChanged f => catalog.Text("failure.source-changed", ("provider", phrases.Provider(f.Provider))),
            TaskFailure.NoAudio => catalog.Text("failure.no-audio"),
            TaskFailure.NoLyrics => catalog.Text("failure.no-lyrics"),
            TaskFailure.NoReason => catalog.Text("failure.no-reason"),
            TaskFailure.TimedOut f => catalog.Text("failure.timed-out", ("provider", f.Provider), ("minutes", f.Minutes.ToString("0.#", catalog.Culture))),
            TaskFailure.NeverConfirmed f => catalog.Text("failure.never-confirmed", ("provider", f.Provider)),
            TaskFailure.NoAnswer f => catalog.Text("failure.no-answer", ("provider", f.Provider)),
            TaskFailure.ProviderRemoved f => catalog.Text("failure.provider-removed", ("provider", f.Provider)),
            TaskFailure.NoTaskId f => catalog.Text("failure.no-task-id", ("provider", f.Provider)),
            TaskFailure.LegacyText f => f.Text,
            _ => throw new ArgumentOutOfRangeException(nameof(failure), failure.GetType().Name, null),
        };
    }

    private static string Detail(this Phrases phrases, string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? "" : phrases.Catalog.Text("failure.detail", ("detail", detail));

    private static string? Cause(this Phrases phrases, RejectionCause cause) => cause switch
    {
        RejectionCause.UnknownEndpoint => phrases.Catalog.Text("rejection.unknown-endpoint"),
        RejectionCause.InvalidModel => phrases.Catalog.Text("rejection.invalid-model"),
        RejectionCause.StyleRequired => phrases.Catalog.Text("rejection.style-required"),
        RejectionCause.LyricsOrStyleRequired => phrases.Catalog.Text("rejection.lyrics-or-style-required"),
        RejectionCause.ReferenceAudioUnusable => phrases.Catalog.Text("rejection.reference-audio-unusable"),
        _ => null,
    };

    private static string Missing(this Phrases phrases, TaskFailure.Incomplete failure)
    {
        var catalog = phrases.Catalog;
        return failure.Missing switch
        {
            MissingPart.SourceTrackId => catalog.Text(
                catalog.Has($"missing.source-track-id.{failure.Provider}") ? $"missing.source-track-id.{failure.Provider}" : "missing.source-track-id",
                ("provider", failure.Provider)),
            MissingPart.SourceTaskId => catalog.Text("missing.source-task-id", ("provider", failure.Provider)),
            MissingPart.SourceAudio => catalog.Text("missing.source-audio"),
            MissingPart.Lyrics => catalog.Text("missing.lyrics"),
            MissingPart.Style => catalog.Text(failure.Operation == OperationKind.AddInstrumental ? "missing.style.instrumental" : "missing.style.vocals"),
            MissingPart.Title => catalog.Text("missing.title"),
            MissingPart.Topic => catalog.Text("missing.topic"),
            MissingPart.ContinueAt => catalog.Text("missing.continue-at", ("provider", failure.Provider)),
            MissingPart.ContinueAtLyrics => catalog.Text("missing.continue-at-lyrics"),
            MissingPart.ContinueAtLyricsOfInstrumental => catalog.Text("missing.continue-at-lyrics.instrumental"),
            MissingPart.ContinueAtStyle => catalog.Text("missing.continue-at-style"),
            MissingPart.ContinueAtTitle => catalog.Text("missing.continue-at-title"),
            _ => catalog.Text("missing.operation"),
        };
    }
}
