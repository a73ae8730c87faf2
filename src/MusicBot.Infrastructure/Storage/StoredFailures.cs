using System.Text.Json;
using MusicBot.Core.Failures;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Storage;

/// <summary>
/// A task's failure as stored: its code (<c>failure_code</c>, for operators' queries) and its record as JSON
/// (<c>failure_detail</c>, the code again with its data).
/// </summary>
internal static class StoredFailures
{
    public static string? Write(TaskFailure? failure) =>
        failure is null ? null : JsonSerializer.Serialize(failure, InfrastructureJsonContext.Default.TaskFailure);

    /// <summary>
    /// The stored failure. A detail this version cannot read (a code from a newer version) is shown by its code, so an
    /// old binary never fails on a newer row.
    /// </summary>
    public static TaskFailure? Read(string? code, string? detail)
    {
        if (detail is null)
        {
            return code is null ? null : new TaskFailure.LegacyText(code);
        }

        try
        {
            return JsonSerializer.Deserialize(detail, InfrastructureJsonContext.Default.TaskFailure);
        }
        catch (JsonException)
        {
            return new TaskFailure.LegacyText(code ?? detail);
        }
    }
}
