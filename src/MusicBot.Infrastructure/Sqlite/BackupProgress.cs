namespace MusicBot.Infrastructure.Sqlite;

/// <summary>How far an online backup has got, in database pages.</summary>
public sealed record BackupProgress(int PagesCopied, int PageCount)
{
    public double Fraction => PageCount == 0 ? 1 : (double)PagesCopied / PageCount;
}
