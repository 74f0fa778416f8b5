// This file implements roundupsize: the byte size the allocator really hands
// out for a request, following the size classes of Go's allocator (small
// objects up to 32 KiB; larger ones are rounded up to 8 KiB pages). Pointerful
// objects above 512 bytes carry an 8-byte header that is not usable.

package runtime

const smallSizeMax = 32768
const pageSize = 8192
const mallocHeaderSize = 8
const minSizeForMallocHeader = 512

var sizeClasses = [...]uint32{
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
	288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
	1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
	6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
	20480, 21760, 24576, 27264, 28672, 32768,
}

func roundupsize(size uintptr, noscan bool) uintptr {
	req := size
	if !noscan && req > minSizeForMallocHeader {
		req += mallocHeaderSize
	}
	if req <= smallSizeMax {
		for i := 0; i < len(sizeClasses); i++ {
			c := uintptr(sizeClasses[i])
			if c >= req {
				return c - (req - size)
			}
		}
	}
	return (size + pageSize - 1) &^ (pageSize - 1)
}
