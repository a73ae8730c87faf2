namespace MusicBot.Infrastructure.Sqlite;

/// <summary>
/// A finished backup: where it is, how big, how many times the copy restarted because the bot wrote meanwhile,
/// and the rows per table of the copy (checked with <c>PRAGMA integrity_check</c> before it was moved into place).
/// </summary>
public sealed record BackupResult(string Path, long Bytes, int Pages, int Restarts, IReadOnlyDictionary<string, long> RowCounts);
