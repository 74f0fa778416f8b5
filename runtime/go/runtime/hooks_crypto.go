// This file implements the runtime side of the crypto packages: their fatal
// errors, the FIPS 140 service indicator and bypass flag (per goroutine in
// Go: package variables here, with one goroutine), and data-independent
// timing (DIT), which wasm does not have.

package runtime

import _ "unsafe" // for go:linkname

var fipsIndicator uint8
var fipsBypass bool

//go:linkname crypto_rand_fatal crypto/rand.fatal
func crypto_rand_fatal(s string) {
	fatal(s)
}

//go:linkname sysrand_fatal crypto/internal/sysrand.fatal
func sysrand_fatal(s string) {
	fatal(s)
}

//go:linkname fips_fatal crypto/internal/fips140.fatal
func fips_fatal(s string) {
	fatal(s)
}

//go:linkname fips_getIndicator crypto/internal/fips140.getIndicator
func fips_getIndicator() uint8 {
	return fipsIndicator
}

//go:linkname fips_setIndicator crypto/internal/fips140.setIndicator
func fips_setIndicator(indicator uint8) {
	fipsIndicator = indicator
}

//go:linkname fips140_setBypass crypto/fips140.setBypass
func fips140_setBypass() {
	fipsBypass = true
}

//go:linkname fips140_unsetBypass crypto/fips140.unsetBypass
func fips140_unsetBypass() {
	fipsBypass = false
}

//go:linkname fips140_isBypassed crypto/fips140.isBypassed
func fips140_isBypassed() bool {
	return fipsBypass
}

// setDITEnabled reports whether DIT was enabled before: never (no DIT on wasm).
//
//go:linkname dit_setEnabled crypto/subtle.setDITEnabled
func dit_setEnabled() bool {
	return false
}

//go:linkname dit_setDisabled crypto/subtle.setDITDisabled
func dit_setDisabled() {}
