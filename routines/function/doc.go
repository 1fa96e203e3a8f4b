// Package function is what the person can do, measured once a week, and
// when a change is one that matters.
//
// Two measures, both in the person's own terms:
//   - the Patient-Specific Functional Scale (PSFS; Stratford, Gill,
//     Westaway and Binkley, Physiotherapy Canada 1995; free to use): up to
//     three activities the sciatica makes hard, named by the person and
//     rated 0 (cannot do it) to 10 (as well as before the problem), the
//     same activities every week;
//   - tolerance in minutes: how long they can sit, and walk, before the
//     leg pain starts.
//
// mic.go holds every minimal important change centra judges by, with its
// source, in one place. The package is pure: no clock, no IO.
package function
