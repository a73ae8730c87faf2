using System.Buffers.Binary;

namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The stereo mix bus: notes are panned into float channels, some of each goes to a ping-pong echo, and
// the master stage levels, soft-clips and fades the result before one conversion to 16-bit PCM.
internal sealed class MixBuffer
{
    private const double TargetRms = 0.2;
    private const double MaxPeak = 1.3;
    private const float OutputCeiling = 0.97f;
    private const int ChunkFrames = 16384;

    private readonly float[] _left;
    private readonly float[] _right;
    private readonly float[] _send;

    public MixBuffer(int frames)
    {
        _left = new float[frames];
        _right = new float[frames];
        _send = new float[frames];
    }

    public int Frames => _left.Length;

    public void Add(int startFrame, ReadOnlySpan<float> note, float pan, float send)
    {
        // Constant-power pan keeps a note equally loud wherever it sits.
        var leftGain = (float)Math.Sqrt(0.5 * (1.0 - pan));
        var rightGain = (float)Math.Sqrt(0.5 * (1.0 + pan));
        var count = Math.Min(note.Length, Frames - startFrame);
        var left = _left.AsSpan(startFrame, count);
        var right = _right.AsSpan(startFrame, count);
        var sends = _send.AsSpan(startFrame, count);
        for (var i = 0; i < count; i++)
        {
            left[i] += note[i] * leftGain;
            right[i] += note[i] * rightGain;
            sends[i] += note[i] * send;
        }
    }

    public void AddEcho(int delayFrames, float feedback, float wet)
    {
        // Repeats bounce left, right, left... and lose some treble each time, like a tape echo.
        var echoLeft = new float[Frames];
        var echoRight = new float[Frames];
        var darkened = 0f;
        for (var i = delayFrames; i < Frames; i++)
        {
            var j = i - delayFrames;
            darkened += 0.35f * (_send[j] + (feedback * echoRight[j]) - darkened);
            echoLeft[i] = darkened;
            echoRight[i] = echoLeft[j];
        }

        for (var i = 0; i < Frames; i++)
        {
            _left[i] += wet * echoLeft[i];
            _right[i] += wet * echoRight[i];
        }
    }

    public void Master(int fadeInFrames, int fadeOutFrames)
    {
        double sumOfSquares = 0;
        var peak = 0f;
        for (var i = 0; i < Frames; i++)
        {
            sumOfSquares += (_left[i] * _left[i]) + (_right[i] * _right[i]);
            peak = Math.Max(peak, Math.Max(Math.Abs(_left[i]), Math.Abs(_right[i])));
        }

        // Bring the mix to a steady loudness, but never drive peaks so hard that the clipper distorts.
        var rms = Math.Sqrt(sumOfSquares / Math.Max(1, 2 * Frames));
        var gain = rms > 1e-6 ? (float)Math.Min(TargetRms / rms, MaxPeak / peak) : 1f;
        for (var i = 0; i < Frames; i++)
        {
            // Fading after the clipper keeps the timbre of the last chord unchanged while it dies away.
            var fade = Math.Min(1f, Math.Min((i + 1f) / fadeInFrames, (Frames - i) / (float)fadeOutFrames));
            var level = fade * fade * OutputCeiling;
            _left[i] = DspMath.SoftClip(_left[i] * gain) * level;
            _right[i] = DspMath.SoftClip(_right[i] * gain) * level;
        }
    }

    public void WritePcm16(Stream output)
    {
        var buffer = new byte[ChunkFrames * 4];
        for (var start = 0; start < Frames; start += ChunkFrames)
        {
            var count = Math.Min(ChunkFrames, Frames - start);
            for (var i = 0; i < count; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(i * 4), ToPcm16(_left[start + i]));
                BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan((i * 4) + 2), ToPcm16(_right[start + i]));
            }

            output.Write(buffer, 0, count * 4);
        }
    }

    private static short ToPcm16(float sample) =>
        (short)Math.Clamp(MathF.Round(sample * short.MaxValue), short.MinValue + 1, short.MaxValue);
}
