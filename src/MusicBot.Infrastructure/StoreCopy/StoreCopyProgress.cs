namespace MusicBot.Infrastructure.StoreCopy;

/// <summary>How far <c>migrate-store</c> has got: table <paramref name="TableNumber"/> of <paramref name="TableCount"/>, rows copied of its rows.</summary>
public sealed record StoreCopyProgress(string Table, int TableNumber, int TableCount, long Rows, long RowCount)
{
    public bool IsTableDone => Rows == RowCount;

    public double Fraction => RowCount == 0 ? 1 : (double)Rows / RowCount;
}
