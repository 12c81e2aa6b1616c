namespace SocialBalance.Analysis.Observations;

/// <summary>The figures of one indicator in one area, as parallel arrays ordered by year once built.</summary>
internal sealed class YearSeries
{
    private int[] _years = new int[4];
    private double[] _values = new double[4];
    private int _count;

    // Rows mostly arrive year by year (the database index is ordered so); only an out-of-order row costs a sort.
    private bool _sorted = true;

    public void Add(int year, double value)
    {
        if (_count == _years.Length)
        {
            Array.Resize(ref _years, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        if (_count > 0 && year <= _years[_count - 1])
        {
            _sorted = false;
        }

        _years[_count] = year;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Orders the figures by year; returns a year that occurs twice, or null when none does.</summary>
    public int? Seal()
    {
        if (!_sorted)
        {
            Array.Sort(_years, _values, 0, _count);
            _sorted = true;
        }

        for (var i = 1; i < _count; i++)
        {
            if (_years[i] == _years[i - 1])
            {
                return _years[i];
            }
        }

        return null;
    }

    public double? Find(int year)
    {
        var index = Array.BinarySearch(_years, 0, _count, year);
        return index >= 0 ? _values[index] : null;
    }

    public IReadOnlyList<YearValue> ToYearValues()
    {
        var values = new YearValue[_count];
        for (var i = 0; i < _count; i++)
        {
            values[i] = new YearValue(_years[i], _values[i]);
        }

        return values;
    }
}
