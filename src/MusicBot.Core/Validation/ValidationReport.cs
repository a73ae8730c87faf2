namespace MusicBot.Core.Validation;

/// <summary>Every violation of a draft at once, plus notes that do not block (e.g. "lyrics are ignored").</summary>
public sealed record ValidationReport(IReadOnlyList<Violation> Violations, IReadOnlyList<DraftNote> Notes)
{
    public bool IsValid => Violations.Count == 0;

    public IEnumerable<Violation> Missing => Violations.Where(v => v.IsMissing);
}
