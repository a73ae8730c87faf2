namespace MusicBot.Core.Validation;

/// <summary>Collects violations and notes while a rules class walks a draft, then hands back one report.</summary>
internal sealed class ReportBuilder
{
    private readonly List<Violation> _violations = [];
    private readonly List<DraftNote> _notes = [];

    public void Add(Violation? violation)
    {
        if (violation is not null)
        {
            _violations.Add(violation);
        }
    }

    public void Note(DraftNote? note)
    {
        if (note is not null)
        {
            _notes.Add(note);
        }
    }

    // Sorted by field (stable) so the user reads the problems in the same order as the draft preview,
    // whatever order the rules class happened to check them in.
    public ValidationReport Build() => new([.. _violations.OrderBy(v => v.Field)], [.. _notes]);
}
